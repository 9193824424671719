namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>Adds the systemic sclerosis module to a <see cref="ResistancePipelineBuilder"/> or an <see cref="IAutoimmuneResistanceBuilder"/>.</summary>
public static class SystemicSclerosisPipelineBuilderExtensions
{
    /// <summary>Adds the systemic sclerosis module.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <returns>The builder.</returns>
    public static ResistancePipelineBuilder AddSystemicSclerosis(this ResistancePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddModule(new SystemicSclerosisModule());
    }

    /// <summary>Adds the systemic sclerosis module to the pipeline registered in a service collection.</summary>
    /// <param name="builder">The DI builder.</param>
    /// <returns>The builder.</returns>
    public static IAutoimmuneResistanceBuilder AddSystemicSclerosis(this IAutoimmuneResistanceBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddModule(new SystemicSclerosisModule());
    }
}
