using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>Whether the profile shows that a therapy was taken during a period.</summary>
internal enum AdherenceStatus
{
    Unknown,
    Adherent,
    NonAdherent,
}

/// <summary>The adherence verdict for one therapy and period, with the facts and thresholds behind it.</summary>
internal sealed record AdherenceEvidence(
    AdherenceStatus Status,
    ImmutableArray<string> Facts,
    ImmutableArray<AppliedThreshold> Thresholds,
    string Basis);

/// <summary>
/// Reads adherence from a profile: refill-based proportion of days covered for the therapy itself (below 0.80 is
/// non-adherent: Karve S et al. Curr Med Res Opin 2009;25(9):2303-10, doi:10.1185/03007990903126833, derived outside
/// lupus, hence extrapolated) and hydroxychloroquine blood levels, interpreted by the hydroxychloroquine instrument
/// against its selected definition set (whole blood &lt; 200 ng/mL: Costedoat-Chalumeau N et al. Ann Rheum Dis
/// 2007;66:821-4; serum &lt; 106 ng/mL: Blanchet B et al. Arthritis Res Ther 2020;22:223). A hydroxychloroquine level
/// is also read as a marker of adherence to the other drugs of the same period, as the refractory lupus nephritis
/// definition asks adherence to be verified (Arora S et al. Arthritis Rheumatol 2022;74(6):915-26); findings say so.
/// Evidence of non-adherence wins over evidence of adherence.
/// </summary>
internal static class AdherenceAssessment
{
    /// <summary>
    /// The proportion-of-days-covered cut-off, 80 % (Karve 2009, derived in chronic diseases other than lupus; its use for
    /// lupus drugs is an extrapolation, and refill-only findings are graded as extrapolated). A cited
    /// published value, so it is a constant rather than a definition-set setting.
    /// </summary>
    internal const decimal ProportionOfDaysCoveredThreshold = 80m;

    // The basis texts state the cut-off the comparison uses; formatted once.
    private static readonly string RefillsBelow = string.Create(CultureInfo.InvariantCulture, $"refills covered fewer than {ProportionOfDaysCoveredThreshold:0.##} % of days");
    private static readonly string RefillsAtLeast = string.Create(CultureInfo.InvariantCulture, $"refills covered at least {ProportionOfDaysCoveredThreshold:0.##} % of days");

    private static readonly EvaluationPropertyKey<HydroxychloroquineResult?> HcqKey = new("sle.hydroxychloroquine-levels");

    public static AdherenceEvidence Assess(EvaluationContext context, TherapyId therapy, DateOnly from, DateOnly to)
    {
        var patient = context.Patient;
        var facts = ImmutableArray.CreateBuilder<string>();
        var thresholds = ImmutableArray.CreateBuilder<AppliedThreshold>();
        var adherent = false;
        var nonAdherent = false;
        var basis = new List<string>();

        for (var i = 0; i < patient.RefillAdherence.Length; i++)
        {
            var refill = patient.RefillAdherence[i];
            if (refill.Therapy != therapy || refill.To < from || refill.From > to || refill.From > context.AsOf)
            {
                continue;
            }

            var pdc = refill.ProportionOfDaysCovered.Value;
            facts.Add(ProfileQueries.Path("$.refillAdherence", i));
            thresholds.Add(new AppliedThreshold
            {
                Name = $"proportion of days covered ({therapy})",
                Operator = ComparisonOperator.LessThan,
                Limit = ProportionOfDaysCoveredThreshold,
                Unit = QuantityUnit.Percent,
                Observed = pdc,
            });
            if (pdc < ProportionOfDaysCoveredThreshold)
            {
                nonAdherent = true;
                basis.Add(RefillsBelow);
            }
            else
            {
                adherent = true;
                basis.Add(RefillsAtLeast);
            }
        }

        var levels = HydroxychloroquineLevels(context);
        if (levels is not null)
        {
            foreach (var level in levels.Levels)
            {
                if (level.On < from || level.On > to)
                {
                    continue;
                }

                facts.Add(ProfileQueries.Path("$.drugLevels", LevelIndex(patient, level)));
                var marker = therapy == TherapyId.Hydroxychloroquine ? string.Empty : " (read as an adherence marker)";
                switch (level.Category)
                {
                    case HydroxychloroquineLevelCategory.Adherent:
                        adherent = true;
                        basis.Add(Level(level) + $", at or above {Threshold(context, level.Matrix)}{marker}");
                        break;
                    case HydroxychloroquineLevelCategory.NonAdherent or HydroxychloroquineLevelCategory.SevereNonAdherence or HydroxychloroquineLevelCategory.Undetectable:
                        nonAdherent = true;
                        basis.Add(Level(level) + $", below {Threshold(context, level.Matrix)}{marker}");
                        break;
                }

                foreach (var check in level.Checks)
                {
                    if (check.Threshold is { } limit && check.Observed is { } observed)
                    {
                        thresholds.Add(new AppliedThreshold
                        {
                            Name = $"{Matrix(level.Matrix)} hydroxychloroquine level",
                            Operator = check.Operator ?? ComparisonOperator.LessThan,
                            Limit = limit,
                            Unit = QuantityUnit.NanogramPerMilliliter,
                            Observed = observed,
                        });
                    }
                }
            }
        }

        var status = nonAdherent ? AdherenceStatus.NonAdherent : adherent ? AdherenceStatus.Adherent : AdherenceStatus.Unknown;
        return new AdherenceEvidence(status, facts.ToImmutable(), thresholds.ToImmutable(), string.Join("; ", basis.Distinct()));
    }

    /// <summary>The hydroxychloroquine instrument's reading of every level in the profile, computed once per patient.</summary>
    public static HydroxychloroquineResult? HydroxychloroquineLevels(EvaluationContext context) =>
        context.GetOrAdd(HcqKey, static c =>
        {
            var patient = c.Patient;
            var levels = patient.DrugLevels.Where(l => l.Therapy == TherapyId.Hydroxychloroquine && l.On <= c.AsOf).ToImmutableArray();
            var courses = patient.Therapies.Where(t => t.Therapy == TherapyId.Hydroxychloroquine && t.Start <= c.AsOf).ToImmutableArray();
            if (levels.IsEmpty && courses.IsEmpty)
            {
                return null;
            }

            var definitions = Definitions(c);
            var input = new HydroxychloroquineInput { On = c.AsOf, Courses = courses, BodyWeights = patient.BodyWeights, Levels = levels };
            return HydroxychloroquineInstrument.Evaluate(input, definitions);
        });

    private static int LevelIndex(PatientProfile patient, HydroxychloroquineLevelInterpretation level)
    {
        // The instrument indexes the levels it was given; map back to the profile's own list.
        var seen = -1;
        for (var i = 0; i < patient.DrugLevels.Length; i++)
        {
            if (patient.DrugLevels[i].Therapy == TherapyId.Hydroxychloroquine && ++seen == level.Index)
            {
                return i;
            }
        }

        return level.Index;
    }

    // The non-adherence threshold of the matrix under the selected definitions (whole blood 200 ng/mL:
    // Costedoat-Chalumeau 2007; serum as in HydroxychloroquineDefinitions), in words.
    private static string Threshold(EvaluationContext context, SampleMatrix matrix)
    {
        var definitions = Definitions(context);
        return matrix switch
        {
            SampleMatrix.WholeBlood => string.Create(CultureInfo.InvariantCulture, $"{Decimals.Normalize(definitions.WholeBloodNonAdherenceBelow)} ng/mL"),
            SampleMatrix.Serum => string.Create(CultureInfo.InvariantCulture, $"{Decimals.Normalize(definitions.SerumNonAdherenceBelow)} ng/mL"),
            _ => "the non-adherence threshold",
        };
    }

    private static HydroxychloroquineDefinitions Definitions(EvaluationContext context) =>
        context.Definitions.TryGet<HydroxychloroquineDefinitions>(out var selected) ? selected : HydroxychloroquineDefinitions.Default;

    private static string Level(HydroxychloroquineLevelInterpretation level) =>
        string.Create(CultureInfo.InvariantCulture, $"{Matrix(level.Matrix)} hydroxychloroquine {Decimals.Normalize(level.ObservedNanogramsPerMilliliter)} ng/mL on {level.On:O}");

    private static string Matrix(SampleMatrix matrix) => matrix switch
    {
        SampleMatrix.WholeBlood => "whole-blood",
        SampleMatrix.Serum => "serum",
        _ => "plasma",
    };
}
