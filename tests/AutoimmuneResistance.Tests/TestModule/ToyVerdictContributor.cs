using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Tests.TestModule;

// The toy module's verdict contributor, written the way a real module's would be: it maps the toy findings into a
// verdict per therapy and a systemic domain verdict, refers to findings by id only, and writes clinical prose.
//
// Toy rules: each therapy on record is judged by the latest toy activity score. A score of 2 or less is a response.
// Above 2 the therapy failed, and the low-drug-level finding says what that means: level low (supported) is
// non-adherence, not resistance; level adequate (not supported) is a primary non-response, resistance shown, with an
// option; level unknown leaves it undecided, and the level's data gap says what would settle it. No toy activity score
// at all is an unknown outcome. Severe toy disease with a therapy that shows resistance meets "toy refractory disease".
public sealed class ToyVerdictContributor : IVerdictContributor
{
    public const string Definition = "toy refractory disease (Toy 2020)";

    public static readonly Citation Trial = new("Toy A, Example B", 2020, "A toy trial of switching after failure", "Toy J 1:1-9", doi: "10.1234/toy.2020.1");

    public static readonly TreatmentOption Switch = new()
    {
        Rank = 1,
        Key = "toy-switch",
        Title = "Mycophenolate mofetil",
        Therapies = [TherapyId.MycophenolateMofetil],
        Rationale = "Switching after an adequate, adherent trial failed improved the toy activity score in the toy trial.",
        Grade = EvidenceGrade.RandomizedTrial,
        Citations = [Trial],
    };

    public DiseaseId Disease => ToyModule.Toy;

    public void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict)
    {
        var level = findings.FirstOrDefault(f => f.Evaluator == ToyLevelEvaluator.Id);
        var activity = context.Patient.Assessments.OfType<ToyActivity>().Where(a => a.On <= context.AsOf).MaxBy(a => a.On);
        var shown = false;
        foreach (var group in context.Patient.Therapies.Select((course, i) => (course, path: $"$.therapies[{i}]")).GroupBy(c => c.course.Therapy))
        {
            var name = context.Therapies.TryGet(group.Key, out var definition) ? definition.Name : "an unlisted therapy";
            var (outcome, resistance, statement) = Judge(name, activity, level);
            shown |= resistance == ResistanceAnswer.Shown;
            verdict.Add(new TherapyVerdict
            {
                Therapy = group.Key,
                Name = name,
                Disease = ToyModule.Toy,
                Outcome = outcome,
                Resistance = resistance,
                Statement = statement,
                Courses = [.. group.OrderBy(c => c.course.Start).Select(c => new CourseOutcome { Course = c.path, Start = c.course.Start, End = c.course.End, Outcome = outcome })],
                Findings = level?.Id is { } id && activity is not null ? [id] : [],
                ExplainedBy = level?.Id is { } explaining && activity is { Score: > 2 }
                    ? [new MechanismLink { Mechanism = ToyModule.LowLevel, Status = level.Status, Findings = [explaining] }]
                    : [],
                Options = resistance == ResistanceAnswer.Shown ? [Switch] : [],
            });
        }

        if (context.Patient.Diagnoses.Any(d => d.Features is ToyFeatures { Severe: true }) && context.Patient.Therapies.Length > 0)
        {
            verdict.Add(new DomainVerdict
            {
                Domain = OrganDomain.Systemic,
                Disease = ToyModule.Toy,
                Definition = Definition,
                Answer = shown ? ResistanceAnswer.Shown : level?.Status == FindingStatus.Unknown ? ResistanceAnswer.CannotTellYet : ResistanceAnswer.NotShown,
                Statement = shown ? "Severe toy disease active despite an adequate, adherent trial." : "Severe toy disease, but no adequate, adherent trial has failed.",
                Findings = level?.Id is { } id ? [id] : [],
                Options = shown ? [Switch] : [],
            });
        }

        if (level is { Status: FindingStatus.Supported, Id: { } low })
        {
            verdict.Explain(new MechanismLink { Mechanism = ToyModule.LowLevel, Status = FindingStatus.Supported, Findings = [low], Statement = "drug level below the toy threshold" });
        }
    }

    private static (TherapyOutcome Outcome, ResistanceAnswer Resistance, string Statement) Judge(string name, ToyActivity? activity, Finding? level)
    {
        if (activity is null)
        {
            return (TherapyOutcome.Unknown, ResistanceAnswer.CannotTellYet, $"{name}: no toy activity score to judge it.");
        }

        var evidence = string.Create(CultureInfo.InvariantCulture, $"toy activity {activity.Score} on {activity.On:O}");
        if (activity.Score <= 2)
        {
            return (TherapyOutcome.Response, ResistanceAnswer.NotShown, $"{name}: responded ({evidence}).");
        }

        return level?.Status switch
        {
            FindingStatus.Supported => (TherapyOutcome.NonAdherence, ResistanceAnswer.NotShown, $"{name}: no response ({evidence}), explained by a drug level below the toy threshold."),
            FindingStatus.NotSupported => (TherapyOutcome.PrimaryNonResponse, ResistanceAnswer.Shown, $"{name}: no response ({evidence}) at an adequate drug level."),
            _ => (TherapyOutcome.PrimaryNonResponse, ResistanceAnswer.CannotTellYet, $"{name}: no response ({evidence}), but the drug level was never measured."),
        };
    }
}
