using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Non-adherence (seed claim L7): one finding for hydroxychloroquine whenever the profile has a course or a level of
/// it, and one for every other therapy with refill records. Supported when the evidence shows the drug is not taken,
/// not supported when it shows it is, unknown (naming the test to order: a whole-blood hydroxychloroquine level, LOINC
/// 95921-3) when neither a level nor refills exist. Thresholds and sources are those of
/// <see cref="AdherenceAssessment"/>. A hydroxychloroquine dose above the selected
/// <see cref="HydroxychloroquineDefinitions.MaxMilligramsPerKilogramPerDay"/> (5 mg/kg actual body weight per day by
/// default: Marmor MF et al. Ophthalmology 2016;123(6):1386-94, doi:10.1016/j.ophtha.2016.01.058; EULAR 2023) is a
/// retinal-safety flag, not a resistance finding, so it is reported as a warning diagnostic (AIR2401).
/// </summary>
internal sealed class NonAdherenceEvaluator() : LupusEvaluator(
    "sle.non-adherence",
    "Non-adherence from drug levels and refills",
    [LupusMechanisms.NonAdherence],
    [TargetCitations.CostedoatChalumeau2007, TargetCitations.Blanchet2020, TargetCitations.Nguyen2023, LupusSources.KarveAdherence, TargetCitations.Marmor2016])
{
    private static readonly RuleId Shown = RuleId.Create("sle.adherence.evidence-of-non-adherence");
    private static readonly RuleId NotShown = RuleId.Create("sle.adherence.evidence-of-adherence");
    private static readonly RuleId Missing = RuleId.Create("sle.adherence.no-evidence");

    // The descriptor's sources sliced once (a slice of an immutable array is a new array each time).
    private ImmutableArray<Citation> _hydroxychloroquineCitations;
    private ImmutableArray<Citation> _refillCitations;

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        foreach (var warning in AdherenceAssessment.HydroxychloroquineSkipped(context))
        {
            output.Report(warning);
        }

        var hcq = AdherenceAssessment.HydroxychloroquineLevels(context);
        if (hcq is not null)
        {
            output.Add(Finding(context, TherapyId.Hydroxychloroquine, isHydroxychloroquine: true));
            if (hcq.Dose.AboveMaximum == true && hcq.Dose.MilligramsPerKilogramPerDay is { } perKilogram && hcq.Dose.Check.Threshold is { } maximum)
            {
                // The maximum printed is the one the instrument compared with (the selected hydroxychloroquine set's),
                // read from its check rather than restated; the message is formatted only when the warning is raised.
                // The patient's dose is a value, so it goes to the detail that the pipeline shows only on request.
                output.Report(EvaluationDiagnostic.Warning(
                    LupusDiagnosticCodes.HydroxychloroquineDoseAboveMaximum,
                    string.Create(CultureInfo.InvariantCulture, $"the hydroxychloroquine dose on actual body weight is above the {Decimals.Normalize(maximum)} mg/kg/day maximum (retinal safety, not resistance)"),
                    "$.therapies", value: hcq.Dose.MaximumDailyDoseMilligrams is { } maximumDaily
                        ? string.Create(CultureInfo.InvariantCulture, $"{perKilogram:0.##} mg/kg/day (maximum {maximumDaily:0.##} mg/day at this weight)")
                        : string.Create(CultureInfo.InvariantCulture, $"{perKilogram:0.##} mg/kg/day")));
            }
        }

        foreach (var therapy in patient.RefillAdherence.Select(r => r.Therapy).Where(t => t != TherapyId.Hydroxychloroquine).Distinct().Order())
        {
            output.Add(Finding(context, therapy, isHydroxychloroquine: false));
        }
    }

    private Finding Finding(EvaluationContext context, TherapyId therapy, bool isHydroxychloroquine)
    {
        var evidence = AdherenceAssessment.Assess(context, therapy, DateOnly.MinValue, context.AsOf);
        var citations = isHydroxychloroquine
            ? (_hydroxychloroquineCitations.IsDefault ? _hydroxychloroquineCitations = Descriptor.Sources[..3] : _hydroxychloroquineCitations)
            : (_refillCitations.IsDefault ? _refillCitations = Descriptor.Sources[3..4] : _refillCitations);
        var grade = isHydroxychloroquine || evidence.Basis.Contains("hydroxychloroquine", StringComparison.Ordinal)
            ? EvidenceGrade.Observational
            : EvidenceGrade.Extrapolated;
        var name = TherapyHistories.Name(context, therapy);
        var (status, rule, summary, gap) = evidence.Status switch
        {
            AdherenceStatus.NonAdherent => (FindingStatus.Supported, Shown, $"{name} is not being taken as prescribed: {evidence.Basis}.", (DataGap?)null),
            AdherenceStatus.Adherent => (FindingStatus.NotSupported, NotShown, $"{name} is being taken: {evidence.Basis}.", null),
            _ => (FindingStatus.Unknown, Missing,
                $"Whether {ClinicalProse.InSentence(name)} is being taken is unknown: no drug level and no refill records.",
                isHydroxychloroquine
                    ? new DataGap
                    {
                        Datum = "whole-blood hydroxychloroquine level",
                        Test = ClinicalCode.Loinc(HydroxychloroquineInstrument.WholeBloodLoinc, "Hydroxychloroquine [Mass/volume] in Blood"),
                        Path = "$.drugLevels",
                    }
                    : new DataGap { Datum = $"refill records (proportion of days covered) for {ClinicalProse.InSentence(name)}", Path = "$.refillAdherence" }),
        };

        // The therapy's courses started by the evaluation date, then the evidence, in one array (built once, no copy).
        var therapies = context.Patient.Therapies;
        var courses = 0;
        foreach (var course in therapies)
        {
            courses += course.Therapy == therapy && course.Start <= context.AsOf ? 1 : 0;
        }

        var facts = new string[courses + evidence.Facts.Length];
        for (int i = 0, n = 0; i < therapies.Length; i++)
        {
            if (therapies[i].Therapy == therapy && therapies[i].Start <= context.AsOf)
            {
                facts[n++] = ProfilePaths.Therapy(i);
            }
        }

        evidence.Facts.CopyTo(facts, courses);
        return new Finding(Id, LupusMechanisms.NonAdherence, rule, status, summary, status == FindingStatus.Unknown ? EvidenceGrade.Observational : grade, gap)
        {
            Therapy = therapy,
            Facts = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(facts),
            Thresholds = evidence.Thresholds,
            Citations = citations,
        };
    }
}
