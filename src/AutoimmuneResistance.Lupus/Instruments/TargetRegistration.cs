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
            .AddJsonTypeInfoResolver(TargetJsonContext.Default)
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

/// <summary>Source-generated JSON metadata for the treat-to-target, nephritis and drug instruments, with the core's strictness settings.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    MaxDepth = 32)]
[JsonSerializable(typeof(LldasInput))]
[JsonSerializable(typeof(LldasResult))]
[JsonSerializable(typeof(DorisRemissionInput))]
[JsonSerializable(typeof(DorisRemissionResult))]
[JsonSerializable(typeof(GlucocorticoidExposureInput))]
[JsonSerializable(typeof(GlucocorticoidExposureResult))]
[JsonSerializable(typeof(HydroxychloroquineInput))]
[JsonSerializable(typeof(HydroxychloroquineResult))]
[JsonSerializable(typeof(NephritisResponseInput))]
[JsonSerializable(typeof(NephritisResponseResult))]
[JsonSerializable(typeof(RefractoryNephritisInput))]
[JsonSerializable(typeof(RefractoryNephritisResult))]
internal sealed partial class TargetJsonContext : JsonSerializerContext;
