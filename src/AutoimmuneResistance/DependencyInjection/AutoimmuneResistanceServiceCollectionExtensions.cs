using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoimmuneResistance;

/// <summary>
/// Registers a <see cref="ResistancePipeline"/> singleton in a service collection. Uses only
/// Microsoft.Extensions.DependencyInjection.Abstractions: no options framework, no keyed services, nothing disposable.
/// </summary>
public static class AutoimmuneResistanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline singleton (once: calling again returns a builder over the same registration) and returns
    /// a builder to configure it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IAutoimmuneResistanceBuilder AddAutoimmuneResistance(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registration = services.FirstOrDefault(d => d.ServiceType == typeof(PipelineRegistration))?.ImplementationInstance as PipelineRegistration;
        if (registration is null)
        {
            registration = new PipelineRegistration();
            services.AddSingleton(registration);
            services.TryAddSingleton(sp => registration.Build(sp));
        }

        return new Builder(services, registration);
    }

    /// <summary>Registers the pipeline singleton and configures it.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the pipeline (add modules, evaluators, definition-set choices).</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddAutoimmuneResistance(this IServiceCollection services, Action<IAutoimmuneResistanceBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(services.AddAutoimmuneResistance());
        return services;
    }

    /// <summary>The configuration steps, in registration order; a marker that makes registration idempotent.</summary>
    private sealed class PipelineRegistration
    {
        public List<Action<ResistancePipelineBuilder, IServiceProvider>> Steps { get; } = [];

        public HashSet<Type> EvaluatorTypes { get; } = [];

        public ResistancePipeline Build(IServiceProvider services)
        {
            var builder = new ResistancePipelineBuilder();
            foreach (var step in Steps)
            {
                step(builder, services);
            }

            return builder.Build(services);
        }
    }

    private sealed class Builder(IServiceCollection services, PipelineRegistration registration) : IAutoimmuneResistanceBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IAutoimmuneResistanceBuilder AddModule(IDiseaseModule module)
        {
            ArgumentNullException.ThrowIfNull(module);
            registration.Steps.Add((b, _) => b.AddModule(module));
            return this;
        }

        public IAutoimmuneResistanceBuilder AddEvaluator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TEvaluator>()
            where TEvaluator : class, IResistanceEvaluator
        {
            if (registration.EvaluatorTypes.Add(typeof(TEvaluator)))
            {
                Services.TryAddSingleton<TEvaluator>();
                registration.Steps.Add((b, sp) => b.AddEvaluator(sp.GetRequiredService<TEvaluator>()));
            }

            return this;
        }

        public IAutoimmuneResistanceBuilder ConfigurePipeline(Action<ResistancePipelineBuilder> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            registration.Steps.Add((b, _) => configure(b));
            return this;
        }
    }
}
