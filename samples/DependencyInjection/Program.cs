// Sample: register the library with Microsoft.Extensions.DependencyInjection and resolve ResistancePipeline.
//
//   dotnet run --project samples/DependencyInjection
//
// The library needs only Microsoft.Extensions.DependencyInjection.Abstractions; this app brings the container.
// Research tool, not a medical device. The patients below are synthetic.

using AutoimmuneResistance;
using AutoimmuneResistance.Samples;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();

// Settings that the evaluator receives through its constructor.
services.AddSingleton(new RefillAdherenceOptions { ThresholdPercent = 80m, MaxAgeDays = 180 });

// One call registers ResistancePipeline as a singleton, built on first use from the steps configured here.
services.AddAutoimmuneResistance(builder => builder
    .AddEvaluator<RefillAdherenceEvaluator>()); // created by the container, so constructor injection works
// Disease modules plug in the same way, for example .AddLupus() from the AutoimmuneResistance.Lupus package, and
// .ConfigurePipeline(p => ...) reaches everything ResistancePipelineBuilder offers (definition sets, validators).

services.AddSingleton<AdherenceReport>();

await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
var pipeline = provider.GetRequiredService<ResistancePipeline>();
Console.WriteLine($"Resolved ResistancePipeline (singleton: {ReferenceEquals(pipeline, provider.GetRequiredService<ResistancePipeline>())})");
Console.WriteLine($"  evaluators: {string.Join(", ", pipeline.Evaluators.Select(e => $"{e.Id} {e.Version}"))}");
Console.WriteLine($"  mechanisms in catalog: {pipeline.Mechanisms.All.Length}; therapies in catalog: {pipeline.Therapies.All.Count}");
Console.WriteLine();

provider.GetRequiredService<AdherenceReport>().Print(
[
    Patient("di-sample-1", new DateOnly(2025, 5, 31), 74.2m),
    Patient("di-sample-2", new DateOnly(2025, 5, 31), 88m),
    Patient("di-sample-3", new DateOnly(2024, 9, 30), 95m), // older than MaxAgeDays = 180: unknown
]);
return 0;

static PatientProfile Patient(string subject, DateOnly refillTo, decimal percent) => new()
{
    Subject = SubjectId.Create(subject),
    BirthYear = 1979,
    Sex = Sex.Female,
    Therapies =
    [
        new TherapyCourse
        {
            Therapy = TherapyId.MycophenolateMofetil,
            Class = TherapyClass.Antimetabolite,
            Regimen = new DoseRegimen(Dose.Milligrams(1000m), administrations: 2),
            Start = new DateOnly(2023, 1, 15),
        },
    ],
    RefillAdherence =
    [
        new RefillAdherence
        {
            Therapy = TherapyId.MycophenolateMofetil,
            From = refillTo.AddDays(-179),
            To = refillTo,
            ProportionOfDaysCovered = Percentage.FromPercent(percent),
        },
    ],
};

// An application service that receives the pipeline by constructor injection, as any consumer would.
internal sealed class AdherenceReport(ResistancePipeline pipeline)
{
    public void Print(IEnumerable<PatientProfile> patients)
    {
        var options = new EvaluationOptions { AsOf = new DateOnly(2025, 6, 30) };
        foreach (var outcome in pipeline.EvaluateCohort(patients, new CohortOptions { Evaluation = options }))
        {
            foreach (var finding in outcome.Assessment?.Findings ?? [])
            {
                Console.WriteLine($"{outcome.Subject}: {finding.Mechanism} {finding.Status}");
                Console.WriteLine($"  {finding.Summary}");
                if (finding.Gap is { } gap)
                {
                    Console.WriteLine($"  to resolve, collect: {gap.Datum}");
                }
            }
        }
    }
}
