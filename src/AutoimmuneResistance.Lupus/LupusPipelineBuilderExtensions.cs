namespace AutoimmuneResistance.Lupus;

/// <summary>Adds the lupus module to a <see cref="ResistancePipelineBuilder"/> or an <see cref="IAutoimmuneResistanceBuilder"/>.</summary>
public static class LupusPipelineBuilderExtensions
{
    /// <summary>Adds the lupus module.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The module options; defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ResistancePipelineBuilder AddLupus(this ResistancePipelineBuilder builder, LupusModuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddModule(new LupusModule(options));
    }

    /// <summary>Adds the lupus module with options refined from the defaults.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="configure">Refines the defaults, for example <c>o =&gt; o with { IncludeEvaluators = false }</c>.</param>
    /// <returns>The builder.</returns>
    public static ResistancePipelineBuilder AddLupus(this ResistancePipelineBuilder builder, Func<LupusModuleOptions, LupusModuleOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddLupus(configure(LupusModuleOptions.Default));
    }

    /// <summary>Adds the lupus module to the pipeline registered in a service collection.</summary>
    /// <param name="builder">The DI builder.</param>
    /// <param name="options">The module options; defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static IAutoimmuneResistanceBuilder AddLupus(this IAutoimmuneResistanceBuilder builder, LupusModuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddModule(new LupusModule(options));
    }

    /// <summary>Adds the lupus module, with options refined from the defaults, to the pipeline registered in a service collection.</summary>
    /// <param name="builder">The DI builder.</param>
    /// <param name="configure">Refines the defaults.</param>
    /// <returns>The builder.</returns>
    public static IAutoimmuneResistanceBuilder AddLupus(this IAutoimmuneResistanceBuilder builder, Func<LupusModuleOptions, LupusModuleOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddLupus(configure(LupusModuleOptions.Default));
    }
}
