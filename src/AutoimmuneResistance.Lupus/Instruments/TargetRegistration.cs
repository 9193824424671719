using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Registers the treat-to-target (LLDAS, DORIS), lupus nephritis, glucocorticoid exposure and hydroxychloroquine
/// instruments, their definition sets (one default per type) and their source-generated JSON metadata.
/// </summary>
internal static class TargetRegistration
{
    internal static void Register(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context
            .AddDefinitionSet(TreatToTargetDefinitions.Default, isDefault: true)
            .AddDefinitionSet(TreatToTargetDefinitions.DorisStrict, isDefault: false)
            .AddDefinitionSet(HydroxychloroquineDefinitions.Default, isDefault: true)
            .AddDefinitionSet(NephritisResponseDefinitions.EularEraEdta2019, isDefault: true)
            .AddDefinitionSet(NephritisResponseDefinitions.Kdigo2024, isDefault: false)
            .AddInstrument(new LldasInstrument())
            .AddInstrument(new DorisRemissionInstrument())
            .AddInstrument(new GlucocorticoidExposureInstrument())
            .AddInstrument(new HydroxychloroquineInstrument())
            .AddInstrument(new NephritisResponseInstrument())
            .AddInstrument(new RefractoryNephritisInstrument());
    }
}

