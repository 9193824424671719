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

    private static readonly EvaluationPropertyKey<HydroxychloroquineReading> HcqKey = new("sle.hydroxychloroquine-levels");

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

                facts.Add(ProfileQueries.Path("$.drugLevels", LevelIndex(context, level)));
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
    public static HydroxychloroquineResult? HydroxychloroquineLevels(EvaluationContext context) => Reading(context).Result;

    /// <summary>
    /// A warning for each hydroxychloroquine course, body weight or level of the profile that the instrument does not
    /// accept (for example a level whose LOINC code contradicts its matrix); the reading leaves them out.
    /// </summary>
    public static ImmutableArray<EvaluationDiagnostic> HydroxychloroquineSkipped(EvaluationContext context) => Reading(context).Skipped;

    private static HydroxychloroquineReading Reading(EvaluationContext context) =>
        context.GetOrAdd(HcqKey, static c =>
        {
            // Profile validation does not apply the instrument's own rules (a regimen's average daily dose, a level's
            // code and matrix, its unit, the smallest weight divided by), so each entry is checked as the instrument
            // checks it and only the entries it accepts are passed: the instrument never rejects the input.
            var patient = c.Patient;
            var skipped = new List<EvaluationDiagnostic>();
            var check = new List<EvaluationDiagnostic>();
            var courses = ImmutableArray.CreateBuilder<TherapyCourse>();
            for (var i = 0; i < patient.Therapies.Length; i++)
            {
                var course = patient.Therapies[i];
                if (course.Therapy == TherapyId.Hydroxychloroquine && course.Start <= c.AsOf
                    && Accepted(static (e, p, d) => HydroxychloroquineInstrument.CheckCourse(e, p, d), course, ProfileQueries.Path("$.therapies", i), check, skipped))
                {
                    courses.Add(course);
                }
            }

            var weights = ImmutableArray.CreateBuilder<BodyWeightMeasurement>();
            for (var i = 0; i < patient.BodyWeights.Length; i++)
            {
                if (Accepted(static (e, p, d) => HydroxychloroquineInstrument.CheckWeight(e, p, d), patient.BodyWeights[i], ProfileQueries.Path("$.bodyWeights", i), check, skipped))
                {
                    weights.Add(patient.BodyWeights[i]);
                }
            }

            var levels = ImmutableArray.CreateBuilder<DrugLevel>();
            var indices = ImmutableArray.CreateBuilder<int>();
            for (var i = 0; i < patient.DrugLevels.Length; i++)
            {
                var level = patient.DrugLevels[i];
                if (level.Therapy == TherapyId.Hydroxychloroquine && level.On <= c.AsOf
                    && Accepted(static (e, p, d) => HydroxychloroquineInstrument.CheckLevel(e, p, d), level, ProfileQueries.Path("$.drugLevels", i), check, skipped))
                {
                    levels.Add(level);
                    indices.Add(i);
                }
            }

            if (levels.Count == 0 && courses.Count == 0)
            {
                return new HydroxychloroquineReading(null, [], [.. skipped]);
            }

            var definitions = Definitions(c);
            var input = new HydroxychloroquineInput { On = c.AsOf, Courses = courses.ToImmutable(), BodyWeights = weights.ToImmutable(), Levels = levels.ToImmutable() };
            return new HydroxychloroquineReading(HydroxychloroquineInstrument.Evaluate(input, definitions), indices.ToImmutable(), [.. skipped]);
        });

    // Runs one entry's instrument checks; an entry with an error is left out and each error becomes a warning.
    private static bool Accepted<T>(Action<T, string, List<EvaluationDiagnostic>> checks, T entry, string path, List<EvaluationDiagnostic> scratch, List<EvaluationDiagnostic> skipped)
    {
        scratch.Clear();
        checks(entry, path, scratch);
        var accepted = true;
        foreach (var diagnostic in scratch)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                accepted = false;
                skipped.Add(diagnostic with { Severity = DiagnosticSeverity.Warning, Message = "not used for hydroxychloroquine: " + diagnostic.Message });
            }
        }

        return accepted;
    }

    // The instrument indexes the levels it was given; map back to the profile's own list.
    private static int LevelIndex(EvaluationContext context, HydroxychloroquineLevelInterpretation level) => Reading(context).LevelIndices[level.Index];

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

/// <summary>The hydroxychloroquine instrument's reading of a profile, with the profile index of each level it read and the entries it left out.</summary>
/// <param name="Result">The reading; <see langword="null"/> when the profile has no usable hydroxychloroquine course or level.</param>
/// <param name="LevelIndices">For each level of the instrument's input, its index in <see cref="PatientProfile.DrugLevels"/>.</param>
/// <param name="Skipped">A warning for each entry the instrument does not accept.</param>
internal sealed record HydroxychloroquineReading(HydroxychloroquineResult? Result, ImmutableArray<int> LevelIndices, ImmutableArray<EvaluationDiagnostic> Skipped);
