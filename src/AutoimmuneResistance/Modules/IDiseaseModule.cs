namespace AutoimmuneResistance;

/// <summary>
/// A disease module: the unit in which a disease's evaluators, mechanisms, therapies, definition sets and JSON types
/// plug into the core. The core never names a disease, and built-in modules use only this public contract, so a
/// contributor's module can do everything a built-in one does (see <c>docs/adding-a-disease-module.md</c>).
/// </summary>
/// <remarks>
/// <see cref="Configure"/> is called once per <see cref="ResistancePipelineBuilder.Build"/>; it must only add to the
/// context (no I/O, no global state), so that building a pipeline is repeatable.
/// </remarks>
public interface IDiseaseModule
{
    /// <summary>Gets the module's disease and version.</summary>
    DiseaseDescriptor Disease { get; }

    /// <summary>Adds the module's parts to a pipeline under construction.</summary>
    /// <param name="context">The registration context.</param>
    void Configure(DiseaseModuleContext context);
}
