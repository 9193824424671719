using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace AutoimmuneResistance;

/// <summary>
/// Configures the <see cref="ResistancePipeline"/> that <see cref="AutoimmuneResistanceServiceCollectionExtensions.AddAutoimmuneResistance(IServiceCollection)"/>
/// registers. Configuration is applied, in registration order, when the pipeline singleton is first resolved.
/// </summary>
public interface IAutoimmuneResistanceBuilder
{
    /// <summary>Gets the service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>Adds a disease module.</summary>
    /// <param name="module">The module.</param>
    /// <returns>This builder.</returns>
    IAutoimmuneResistanceBuilder AddModule(IDiseaseModule module);

    /// <summary>Registers an evaluator type as a singleton <see cref="IResistanceEvaluator"/> (once per type) and adds it to the pipeline.</summary>
    /// <typeparam name="TEvaluator">The evaluator type; stateless, thread-safe, constructed by the container.</typeparam>
    /// <returns>This builder.</returns>
    IAutoimmuneResistanceBuilder AddEvaluator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TEvaluator>()
        where TEvaluator : class, IResistanceEvaluator;

    /// <summary>Adds a configuration step for the pipeline builder (definition-set selection, extra evaluators, validators).</summary>
    /// <param name="configure">The step.</param>
    /// <returns>This builder.</returns>
    IAutoimmuneResistanceBuilder ConfigurePipeline(Action<ResistancePipelineBuilder> configure);
}
