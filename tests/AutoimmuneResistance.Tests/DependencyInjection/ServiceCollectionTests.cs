using AutoimmuneResistance.Tests.TestModule;
using Microsoft.Extensions.DependencyInjection;

namespace AutoimmuneResistance.Tests.DependencyInjection;

public sealed class ServiceCollectionTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void The_pipeline_is_a_singleton_configured_in_registration_order()
    {
        var services = new ServiceCollection();
        services.AddAutoimmuneResistance(b => b
            .AddModule(new ToyModule())
            .ConfigurePipeline(p => p.UseDefinitionSet(DefinitionSetId.Create("toy.lenient"))));

        using var provider = services.BuildServiceProvider(Strict);
        var pipeline = provider.GetRequiredService<ResistancePipeline>();

        Assert.Same(pipeline, provider.GetRequiredService<ResistancePipeline>());
        Assert.Equal("toy.lenient", pipeline.Definitions.Get<ToyDefinitions>().Id.Value);
        Assert.Equal(FindingStatus.NotSupported, Assert.Single(pipeline.Evaluate(Profiles.Toy(level: 150m)).Findings).Status);
    }

    [Fact]
    public void Registering_twice_adds_no_second_pipeline_and_keeps_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddAutoimmuneResistance(b => b.AddModule(new ToyModule()));
        var count = services.Count;
        services.AddAutoimmuneResistance(b => b.AddEvaluator<CountingEvaluator>());
        services.AddAutoimmuneResistance(b => b.AddEvaluator<CountingEvaluator>());

        Assert.Single(services, d => d.ServiceType == typeof(ResistancePipeline));
        Assert.Equal(count + 1, services.Count); // only the evaluator's own registration was added

        using var provider = services.BuildServiceProvider(Strict);
        var ids = provider.GetRequiredService<ResistancePipeline>().Evaluators.Select(e => e.Id.Value);
        Assert.Equal(["counting", "toy.level"], ids);
    }

    [Fact]
    public void Container_built_evaluators_receive_their_dependencies()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new Marker("from the container"));
        services.AddAutoimmuneResistance().AddEvaluator<CountingEvaluator>();

        using var provider = services.BuildServiceProvider(Strict);
        var pipeline = provider.GetRequiredService<ResistancePipeline>();
        var assessment = pipeline.Evaluate(Profiles.Toy() with { Diagnoses = [], Assessments = [] });

        Assert.Equal("from the container", Assert.Single(assessment.Findings).Summary);
    }

    public sealed record Marker(string Text);

    public sealed class CountingEvaluator(IServiceProvider services) : IResistanceEvaluator
    {
        public EvaluatorDescriptor Descriptor { get; } = new() { Id = EvaluatorId.Create("counting"), Title = "Counting" };

        public void Evaluate(EvaluationContext context, EvaluationOutput output)
        {
            var text = services.GetService<Marker>()?.Text ?? "no marker";
            output.Add(Finding.NotSupported(Descriptor.Id, MechanismCatalog.CoreId(MechanismCategory.Exposure), RuleId.Create("counting.rule"), text, EvidenceGrade.ExpertOpinion));
        }
    }
}
