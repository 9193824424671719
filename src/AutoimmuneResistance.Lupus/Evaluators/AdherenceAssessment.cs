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
    string Basis)
{
    /// <summary>Gets whether the evidence is the course's own administration (a drug given in clinic), not a level or refills.</summary>
    public bool ByAdministration { get; init; }

    /// <summary>Gets the strongest sign of non-adherence the evidence holds, when it holds one.</summary>
    public NonAdherenceSign? Worst { get; init; }
}

/// <summary>What showed non-adherence, from the weakest sign to the strongest.</summary>
internal enum NonAdherenceSign
{
    /// <summary>Refills covered fewer days than the cut-off.</summary>
    Refills,

    /// <summary>A hydroxychloroquine level below the non-adherence threshold.</summary>
    LowLevel,

    /// <summary>A hydroxychloroquine level below the dose-adjusted severe non-adherence threshold.</summary>
    SevereLevel,

    /// <summary>An undetectable hydroxychloroquine level: the drug is not being taken.</summary>
    UndetectableLevel,

    /// <summary>The course was stopped for non-adherence.</summary>
    Stopped,
}

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
    /// <summary>The proportion-of-days-covered cut-off, 80 %: the core's <see cref="RefillAdherenceCheck"/> (Karve 2009).</summary>
    internal const decimal ProportionOfDaysCoveredThreshold = RefillAdherenceCheck.ProportionOfDaysCoveredThreshold;

    private static readonly EvaluationPropertyKey<HydroxychloroquineReading> HcqKey = new("sle.hydroxychloroquine-levels");

    /// <summary>
    /// The adherence evidence for one course from <paramref name="from"/> to <paramref name="to"/>. A course stopped
    /// for non-adherence is non-adherent. A drug the care team gives (recorded administrations, or an intravenous
    /// course) is shown to be taken by its administration, and no drug level or refill of another drug is read for it.
    /// Otherwise refills of the drug and hydroxychloroquine levels decide, as in
    /// <see cref="Assess(EvaluationContext, TherapyId, DateOnly, DateOnly)"/>.
    /// </summary>
    public static AdherenceEvidence Assess(EvaluationContext context, TherapyCourse course, string coursePath, DateOnly from, DateOnly to)
    {
        if (course.StopReason == StopReason.NonAdherence)
        {
            return new AdherenceEvidence(AdherenceStatus.NonAdherent, [coursePath], [], StoppedForNonAdherence) { Worst = NonAdherenceSign.Stopped };
        }

        if (GivenInClinic(course))
        {
            var given = 0;
            foreach (var administration in course.Administered)
            {
                given += administration.On >= from && administration.On <= to ? 1 : 0;
            }

            return given > 0
                ? new AdherenceEvidence(AdherenceStatus.Adherent, [coursePath + ".administered"], [], string.Create(CultureInfo.InvariantCulture, $"{given} dose{(given == 1 ? string.Empty : "s")} given in clinic")) { ByAdministration = true }
                : new AdherenceEvidence(AdherenceStatus.Adherent, [coursePath], [], GivenIntravenously) { ByAdministration = true };
        }

        return Assess(context, course.Therapy, from, to);
    }

    /// <summary>
    /// Whether the care team gives the course's doses, so that the record of the course shows they were taken: doses
    /// recorded as administered, or an intravenous course (infusions are given in clinic). The library's reading; a
    /// drug taken at home needs a drug level or refill records instead.
    /// </summary>
    public static bool GivenInClinic(TherapyCourse course) => RefillAdherenceCheck.GivenInClinic(course);

    private static NonAdherenceSign Worse(NonAdherenceSign? seen, NonAdherenceSign sign) => seen is { } earlier && earlier > sign ? earlier : sign;

    // Neither a level nor a refill record: the common case, shared.
    private static readonly AdherenceEvidence NoEvidence = new(AdherenceStatus.Unknown, [], [], string.Empty);

    private const string StoppedForNonAdherence = "the course was stopped for non-adherence";
    private const string GivenIntravenously = "given as intravenous infusions, which the care team administers";

    /// <summary>The adherence evidence for a therapy from refills of it and hydroxychloroquine levels, over a period.</summary>
    public static AdherenceEvidence Assess(EvaluationContext context, TherapyId therapy, DateOnly from, DateOnly to)
    {
        var patient = context.Patient;
        // Created on the first piece of evidence: most courses have none.
        ImmutableArray<string>.Builder? facts = null;
        ImmutableArray<AppliedThreshold>.Builder? thresholds = null;
        List<string>? basis = null;
        var adherent = false;
        var nonAdherent = false;
        NonAdherenceSign? worst = null;

        for (var i = 0; i < patient.RefillAdherence.Length; i++)
        {
            var refill = patient.RefillAdherence[i];
            if (!RefillAdherenceCheck.Applies(refill, therapy, from, to, context.AsOf))
            {
                continue;
            }

            (facts, thresholds, basis) = (facts ?? ImmutableArray.CreateBuilder<string>(), thresholds ?? ImmutableArray.CreateBuilder<AppliedThreshold>(), basis ?? []);
            facts.Add(ProfilePaths.Element(ProfilePaths.RefillAdherence, i));
            thresholds.Add(RefillAdherenceCheck.Threshold(refill));
            if (RefillAdherenceCheck.IsBelowThreshold(refill))
            {
                nonAdherent = true;
                worst = Worse(worst, NonAdherenceSign.Refills);
                AddOnce(basis, RefillAdherenceCheck.BelowBasis);
            }
            else
            {
                adherent = true;
                AddOnce(basis, RefillAdherenceCheck.AtLeastBasis);
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

                (facts, thresholds, basis) = (facts ?? ImmutableArray.CreateBuilder<string>(), thresholds ?? ImmutableArray.CreateBuilder<AppliedThreshold>(), basis ?? []);
                facts.Add(ProfilePaths.Element(ProfilePaths.DrugLevels, LevelIndex(context, level)));
                var marker = therapy == TherapyId.Hydroxychloroquine ? string.Empty : " (read as an adherence marker)";
                switch (level.Category)
                {
                    case HydroxychloroquineLevelCategory.Adherent:
                        adherent = true;
                        AddOnce(basis, string.Create(CultureInfo.InvariantCulture, $"{Matrix(level.Matrix)} hydroxychloroquine {Decimals.Normalize(level.ObservedNanogramsPerMilliliter)} ng/mL on {level.On:O}, at or above {Threshold(context, level.Matrix)}{marker}"));
                        break;
                    case HydroxychloroquineLevelCategory.NonAdherent:
                        nonAdherent = true;
                        worst = Worse(worst, NonAdherenceSign.LowLevel);
                        AddOnce(basis, string.Create(CultureInfo.InvariantCulture, $"{Matrix(level.Matrix)} hydroxychloroquine {Decimals.Normalize(level.ObservedNanogramsPerMilliliter)} ng/mL on {level.On:O}, below {Threshold(context, level.Matrix)}: non-adherence{marker}"));
                        break;
                    case HydroxychloroquineLevelCategory.SevereNonAdherence:
                        nonAdherent = true;
                        worst = Worse(worst, NonAdherenceSign.SevereLevel);
                        AddOnce(basis, string.Create(CultureInfo.InvariantCulture, $"{Matrix(level.Matrix)} hydroxychloroquine {Decimals.Normalize(level.ObservedNanogramsPerMilliliter)} ng/mL on {level.On:O}, below the severe non-adherence threshold of {Limit(level, "hcq.level.severe-non-adherence")}: severe non-adherence{marker}"));
                        break;
                    case HydroxychloroquineLevelCategory.Undetectable:
                        nonAdherent = true;
                        worst = Worse(worst, NonAdherenceSign.UndetectableLevel);
                        AddOnce(basis, string.Create(CultureInfo.InvariantCulture, $"{Matrix(level.Matrix)} hydroxychloroquine {Decimals.Normalize(level.ObservedNanogramsPerMilliliter)} ng/mL on {level.On:O}, undetectable (below {Limit(level, "hcq.level.undetectable")}, the assay's lower limit): the drug is not being taken{marker}"));
                        break;
                }

                if (Decisive(level) is { Threshold: { } limit, Observed: { } observed } check)
                {
                    thresholds.Add(new AppliedThreshold
                    {
                        Name = ThresholdName(level.Matrix, check.Id),
                        Operator = check.Operator ?? ComparisonOperator.LessThan,
                        Limit = limit,
                        Unit = QuantityUnit.NanogramPerMilliliter,
                        Observed = observed,
                    });
                }
            }
        }

        if (facts is null)
        {
            return NoEvidence;
        }

        var status = nonAdherent ? AdherenceStatus.NonAdherent : adherent ? AdherenceStatus.Adherent : AdherenceStatus.Unknown;
        return new AdherenceEvidence(status, facts.ToImmutable(), thresholds!.ToImmutable(), basis!.Count == 1 ? basis[0] : string.Join("; ", basis)) { Worst = worst };
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
                    && Accepted(static (e, p, d) => HydroxychloroquineInstrument.CheckCourse(e, p, d), course, ProfilePaths.Therapy(i), check, skipped))
                {
                    courses.Add(course);
                }
            }

            var weights = ImmutableArray.CreateBuilder<BodyWeightMeasurement>();
            for (var i = 0; i < patient.BodyWeights.Length; i++)
            {
                if (Accepted(static (e, p, d) => HydroxychloroquineInstrument.CheckWeight(e, p, d), patient.BodyWeights[i], ProfilePaths.Element(ProfilePaths.BodyWeights, i), check, skipped))
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
                    && Accepted(static (e, p, d) => HydroxychloroquineInstrument.CheckLevel(e, p, d), level, ProfilePaths.Element(ProfilePaths.DrugLevels, i), check, skipped))
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
            // Every entry passed the instrument's own checks above (Accepted), so the checked Compute would only
            // run them again (formatting a path per entry): the instrument's computation is called directly.
            return new HydroxychloroquineReading(HydroxychloroquineInstrument.ComputeValid(input, definitions), indices.ToImmutable(), [.. skipped]);
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

    // Each piece of the basis once, in the order first found (the joined basis names a repeated piece once).
    private static void AddOnce(List<string> basis, string piece)
    {
        if (!basis.Contains(piece))
        {
            basis.Add(piece);
        }
    }

    // The threshold that decided the level's grade: the most severe one it falls below (undetectable, then severe
    // non-adherence, then non-adherence), or the non-adherence threshold it stays at or above. A level of 900 ng/mL
    // compared with the assay's lower limit says nothing, so that comparison is not reported.
    private static CriterionCheck? Decisive(HydroxychloroquineLevelInterpretation level)
    {
        var id = level.Category switch
        {
            HydroxychloroquineLevelCategory.Undetectable => "hcq.level.undetectable",
            HydroxychloroquineLevelCategory.SevereNonAdherence => "hcq.level.severe-non-adherence",
            _ => "hcq.level.non-adherence",
        };
        foreach (var check in level.Checks)
        {
            if (check.Id == id)
            {
                return check;
            }
        }

        return null;
    }

    // Each grade of the instrument is named by its own threshold, so that a reader can tell the severe or undetectable
    // cut-off from the non-adherence one (formatted once per matrix and grade).
    private static string ThresholdName(SampleMatrix matrix, string check) => (matrix, check) switch
    {
        (SampleMatrix.WholeBlood, "hcq.level.undetectable") => "whole-blood hydroxychloroquine level, undetectable (below the assay's lower limit)",
        (SampleMatrix.WholeBlood, "hcq.level.non-adherence") => "whole-blood hydroxychloroquine level, non-adherence",
        (SampleMatrix.Serum, "hcq.level.undetectable") => "serum hydroxychloroquine level, undetectable (below the assay's lower limit)",
        (SampleMatrix.Serum, "hcq.level.severe-non-adherence") => "serum hydroxychloroquine level, severe non-adherence (dose-adjusted)",
        (SampleMatrix.Serum, "hcq.level.non-adherence") => "serum hydroxychloroquine level, non-adherence",
        _ => $"{Matrix(matrix)} hydroxychloroquine level",
    };

    private static string Limit(HydroxychloroquineLevelInterpretation level, string check)
    {
        foreach (var criterion in level.Checks)
        {
            if (criterion.Id == check && criterion.Threshold is { } limit)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Decimals.Normalize(limit)} ng/mL");
            }
        }

        return "the threshold";
    }

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
