using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance.Lupus;

/// <summary>Adds the lupus module to a <see cref="ResistancePipelineBuilder"/> or an <see cref="IAutoimmuneResistanceBuilder"/>.</summary>
public static class LupusPipelineBuilderExtensions
{
    /// <summary>Adds the lupus module.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The module options; defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    [SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The rule takes the four AddLupus methods for one overload set, but they extend two unrelated receivers (ResistancePipelineBuilder, IAutoimmuneResistanceBuilder); per receiver, the options overload and the configure overload have the same number of parameters and AddLupus() binds only to the options one. No version has shipped yet, and the rule guards overload sets that are already shipped.")]
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
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The rule takes the four AddLupus methods for one overload set, but they extend two unrelated receivers (ResistancePipelineBuilder, IAutoimmuneResistanceBuilder); per receiver, the options overload and the configure overload have the same number of parameters and AddLupus() binds only to the options one. No version has shipped yet, and the rule guards overload sets that are already shipped.")]
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
