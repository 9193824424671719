namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Options of the lupus module. Immutable: refine with <c>with { ... }</c>. Published definitions that disagree are
/// not options but definition sets (select them with <see cref="ResistancePipelineBuilder.UseDefinitionSet(DefinitionSetId)"/>).
/// </summary>
public sealed record LupusModuleOptions
{
    /// <summary>Gets the default options.</summary>
    public static LupusModuleOptions Default { get; } = new();

    /// <summary>Gets whether the module's resistance evaluators are registered (instruments always are).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IncludeEvaluators { get; init; } = true;
}
