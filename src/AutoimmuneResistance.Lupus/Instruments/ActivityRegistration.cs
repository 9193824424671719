using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Registers the lupus activity instruments (SLEDAI-2K and the SLE Responder Index), their JSON metadata and the
/// <see cref="ActivityDefinitions"/> sets. Called from <see cref="LupusModule.Configure(DiseaseModuleContext)"/>.
/// </summary>
internal static class ActivityRegistration
{
    /// <summary>Adds the activity instruments, JSON context and definition sets to a module context.</summary>
    /// <param name="context">The lupus module's context.</param>
    internal static void Register(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context
            .AddDefinitionSet(ActivityDefinitions.Default, isDefault: true)
            .AddDefinitionSet(ActivityDefinitions.Window30, isDefault: false)
            .AddDefinitionSet(ActivityDefinitions.UnreportedUnknown, isDefault: false)
            .AddInstrument(new Sledai2kInstrument())
            .AddInstrument(new Sri4Instrument());
    }
}


/// <summary>The wire names of the activity enums, read from the source-generated metadata (no reflection), for diagnostic messages.</summary>
internal static class ActivityJson
{
    /// <summary>Returns the wire name of a descriptor, for example <c>low-complement</c>.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The name.</returns>
    internal static string Name(Sledai2kDescriptor descriptor) =>
        JsonSerializer.Serialize(descriptor, LupusJsonContext.Default.Sledai2kDescriptor).Trim('"');

    /// <summary>Returns the wire name of a BILAG-2004 domain, for example <c>renal</c>.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The name.</returns>
    internal static string Name(BilagDomain domain) =>
        JsonSerializer.Serialize(domain, LupusJsonContext.Default.BilagDomain).Trim('"');
}
