using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Reads a profile's lupus nephritis induction courses for the <c>sle.treatment-options</c> evaluator: the renal response
/// of each (<see cref="NephritisResponseInstrument"/> over the profile's UPCR and eGFR observations), the adherence
/// evidence during each, and refractory lupus nephritis over all of them (<see cref="RefractoryNephritisInstrument"/>;
/// Arora S, et al. Arthritis Rheumatol 2022;74(6):915-26, doi:10.1002/art.42092).
/// </summary>
/// <remarks>
/// Operationalisations of this library (stated in <c>docs/evaluators/sle.treatment-options.md</c>):
/// <list type="bullet">
/// <item>An induction course is a course of a standard induction therapy of the selected
/// <see cref="NephritisResponseDefinitions"/> (mycophenolate or cyclophosphamide), started on or before the evaluation
/// date; its regimen is that one therapy.</item>
/// <item>Proteinuria is the spot UPCR (LOINC 2890-2, g/g or mg/mmol); kidney function is the eGFR (LOINC 98979-8,
/// mL/min/1.73 m²). The baseline is the latest UPCR on or before the course's start, at most
/// <see cref="BaselineLookbackDays"/> days before it; follow-ups are the measurements after the baseline up to the
/// course's end (or the evaluation date while it runs), and the response is assessed at the latest of them.</item>
/// <item>Adherence during a course comes from hydroxychloroquine levels dated within it, read with
/// <see cref="HydroxychloroquineInstrument"/> (whole blood &lt; 200 ng/mL: Costedoat-Chalumeau N, et al. Ann Rheum Dis
/// 2007;66:821-4), and from refill records of the induction therapy overlapping it, adherent at a proportion of days
/// covered of at least <see cref="RefillAdherentAtLeast"/> % (Karve S, et al. Curr Med Res Opin 2009;25(9):2303-10,
/// derived outside lupus). Any sign of non-adherence makes the course non-adherent; otherwise any sign of adherence
/// makes it adherent; otherwise adherence is unknown.</item>
/// </list>
/// </remarks>
internal static class OptionsRenalEvidence
{
    /// <summary>LOINC for protein/creatinine mass ratio in urine (UPCR).</summary>
    internal const string UpcrLoinc = "2890-2";

    /// <summary>LOINC for eGFR (CKD-EPI 2021, creatinine) per 1.73 m².</summary>
    internal const string EgfrLoinc = "98979-8";

    /// <summary>How far before a course's start its baseline UPCR may lie, days (the library's choice).</summary>
    internal const int BaselineLookbackDays = 90;

    /// <summary>The refill cut-point for adherence, percent of days covered (≥ 80; Karve 2009).</summary>
    internal const decimal RefillAdherentAtLeast = 80m;

    private static readonly NephritisResponseInstrument ResponseInstrument = new();
    private static readonly HydroxychloroquineInstrument HydroxychloroquineInstrument = new();

    internal static OptionsRenalFindings Assess(EvaluationContext context)
    {
        var patient = context.Patient;
        var asOf = context.AsOf;
        var definitions = context.Definitions.TryGet<NephritisResponseDefinitions>(out var selected)
            ? selected
            : NephritisResponseDefinitions.EularEraEdta2019;
        var hydroxychloroquine = context.Definitions.TryGet<HydroxychloroquineDefinitions>(out var hcq)
            ? hcq
            : HydroxychloroquineDefinitions.Default;

        var upcr = Observations(patient, UpcrLoinc, asOf);
        var egfr = Observations(patient, EgfrLoinc, asOf);
        var courses = new List<OptionsInductionCourse>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course.Start > asOf || !definitions.StandardInductionTherapies.Contains(course.Therapy))
            {
                continue;
            }

            courses.Add(Read(patient, course, ProfileQueries.Path("$.therapies", i), upcr, egfr, asOf, definitions, hydroxychloroquine));
        }

        courses.Sort((a, b) => a.Course.Start.CompareTo(b.Course.Start));
        if (courses.Count == 0)
        {
            return new OptionsRenalFindings([], null, definitions);
        }

        var input = new RefractoryNephritisInput { Inductions = [.. courses.Select(c => c.Input)] };
        var refractory = RefractoryNephritisInstrument.Evaluate(input, definitions);
        return new OptionsRenalFindings([.. courses], refractory, definitions);
    }

    private static OptionsInductionCourse Read(
        PatientProfile patient,
        TherapyCourse course,
        string path,
        List<(Observation Observation, string Path)> upcr,
        List<(Observation Observation, string Path)> egfr,
        DateOnly asOf,
        NephritisResponseDefinitions definitions,
        HydroxychloroquineDefinitions hydroxychloroquine)
    {
        var windowEnd = course.End is { } end && end < asOf ? end : asOf;
        var facts = new List<string>();
        NephritisResponseResult? response = null;
        var assessedOn = windowEnd;

        var baseline = upcr.LastOrDefault(o => o.Observation.On <= course.Start
            && o.Observation.On.DayNumber >= course.Start.DayNumber - BaselineLookbackDays
            && ToProteinuria(o.Observation) is { Value: > 0m });
        if (baseline.Observation is { } baselineObservation)
        {
            var baselineProtein = ToProteinuria(baselineObservation)!.Value;
            var dates = upcr.Concat(egfr)
                .Select(o => o.Observation.On)
                .Where(d => d > baselineObservation.On && d <= windowEnd)
                .Distinct()
                .Order()
                .ToList();
            var followUps = new List<RenalMeasurement>();
            foreach (var date in dates)
            {
                var protein = upcr.LastOrDefault(o => o.Observation.On == date && ToProteinuria(o.Observation) is { } p && p.IsRatio == baselineProtein.IsRatio);
                var kidney = egfr.LastOrDefault(o => o.Observation.On == date);
                followUps.Add(new RenalMeasurement
                {
                    On = date,
                    Proteinuria = protein.Observation is { } po ? ToProteinuria(po) : null,
                    Egfr = kidney.Observation?.Value,
                });
                AddPath(facts, protein.Path);
                AddPath(facts, kidney.Path);
            }

            var baselineEgfr = egfr.LastOrDefault(o => o.Observation.On <= baselineObservation.On
                && o.Observation.On.DayNumber >= baselineObservation.On.DayNumber - BaselineLookbackDays);
            AddPath(facts, baseline.Path);
            AddPath(facts, baselineEgfr.Path);
            var input = new NephritisResponseInput
            {
                TreatmentStart = course.Start,
                Baseline = new RenalMeasurement { On = baselineObservation.On, Proteinuria = baselineProtein, Egfr = baselineEgfr.Observation?.Value },
                FollowUps = [.. followUps],
            };
            if (followUps.Any(f => f.Proteinuria is not null)
                && !ResponseInstrument.Validate(input).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                response = NephritisResponseInstrument.Evaluate(input, definitions);
                assessedOn = response.AssessedOn ?? windowEnd;
            }
        }

        facts.Sort(StringComparer.Ordinal);
        var adherence = Adherence(patient, course, assessedOn, hydroxychloroquine);
        return new OptionsInductionCourse
        {
            Course = course,
            Path = path,
            Response = response,
            ObservationPaths = [.. facts],
            Adherent = adherence.Adherent,
            AdherencePaths = adherence.Paths,
            AdherenceText = adherence.Text,
            UsedRefills = adherence.UsedRefills,
            Input = new InductionCourse
            {
                Therapies = [course.Therapy],
                Start = course.Start,
                End = course.End,
                AssessedOn = assessedOn,
                Response = response?.Response,
                Adherent = adherence.Adherent,
            },
        };
    }

    private static (bool? Adherent, ImmutableArray<string> Paths, string Text, bool UsedRefills) Adherence(
        PatientProfile patient, TherapyCourse course, DateOnly until, HydroxychloroquineDefinitions definitions)
    {
        var paths = new List<string>();
        var adherentSigns = new List<string>();
        var nonAdherentSigns = new List<string>();
        var usedRefills = false;

        var levels = new List<(DrugLevel Level, string Path)>();
        for (var i = 0; i < patient.DrugLevels.Length; i++)
        {
            var level = patient.DrugLevels[i];
            if (level.Therapy == TherapyId.Hydroxychloroquine && level.On >= course.Start && level.On <= until)
            {
                levels.Add((level, ProfileQueries.Path("$.drugLevels", i)));
            }
        }

        if (levels.Count > 0 && Interpret(patient, levels, until, definitions) is { } result)
        {
            foreach (var interpretation in result.Levels)
            {
                var (level, levelPath) = levels[interpretation.Index];
                var matrix = level.Matrix == SampleMatrix.WholeBlood ? "whole-blood" : level.Matrix == SampleMatrix.Serum ? "serum" : "plasma";
                var text = string.Create(CultureInfo.InvariantCulture, $"{matrix} hydroxychloroquine {interpretation.ObservedNanogramsPerMilliliter} ng/mL on {interpretation.On:yyyy-MM-dd}");
                switch (interpretation.Category)
                {
                    case HydroxychloroquineLevelCategory.Adherent:
                        paths.Add(levelPath);
                        adherentSigns.Add(text + (level.Matrix == SampleMatrix.WholeBlood
                            ? string.Create(CultureInfo.InvariantCulture, $", at or above {definitions.WholeBloodNonAdherenceBelow} ng/mL")
                            : string.Create(CultureInfo.InvariantCulture, $", at or above {definitions.SerumNonAdherenceBelow} ng/mL")));
                        break;
                    case HydroxychloroquineLevelCategory.NonAdherent or HydroxychloroquineLevelCategory.SevereNonAdherence or HydroxychloroquineLevelCategory.Undetectable:
                        paths.Add(levelPath);
                        nonAdherentSigns.Add(text + ", below the non-adherence threshold");
                        break;
                }
            }
        }

        for (var i = 0; i < patient.RefillAdherence.Length; i++)
        {
            var refill = patient.RefillAdherence[i];
            if (!OptionsTherapies.SameSubstance(refill.Therapy, course.Therapy) || refill.To < course.Start || refill.From > until)
            {
                continue;
            }

            usedRefills = true;
            paths.Add(ProfileQueries.Path("$.refillAdherence", i));
            var covered = refill.ProportionOfDaysCovered.Value;
            var text = string.Create(CultureInfo.InvariantCulture, $"{refill.Therapy} refills covering {covered} % of days from {refill.From:yyyy-MM-dd} to {refill.To:yyyy-MM-dd}");
            if (covered >= RefillAdherentAtLeast)
            {
                adherentSigns.Add(text + string.Create(CultureInfo.InvariantCulture, $", at least {RefillAdherentAtLeast} %"));
            }
            else
            {
                nonAdherentSigns.Add(text + string.Create(CultureInfo.InvariantCulture, $", below {RefillAdherentAtLeast} %"));
            }
        }

        paths.Sort(StringComparer.Ordinal);
        if (nonAdherentSigns.Count > 0)
        {
            return (false, [.. paths], string.Join("; ", nonAdherentSigns), usedRefills);
        }

        if (adherentSigns.Count > 0)
        {
            return (true, [.. paths], string.Join("; ", adherentSigns), usedRefills);
        }

        return (null, [.. paths], "no hydroxychloroquine level with a threshold and no refill record during the course", usedRefills);
    }

    private static HydroxychloroquineResult? Interpret(
        PatientProfile patient, List<(DrugLevel Level, string Path)> levels, DateOnly on, HydroxychloroquineDefinitions definitions)
    {
        var withCourses = new HydroxychloroquineInput
        {
            On = on,
            Courses = [.. patient.Therapies.Where(c => c.Therapy == TherapyId.Hydroxychloroquine)],
            BodyWeights = patient.BodyWeights,
            Levels = [.. levels.Select(l => l.Level)],
        };
        foreach (var input in new[] { withCourses, withCourses with { Courses = [] } })
        {
            if (!HydroxychloroquineInstrument.Validate(input).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return HydroxychloroquineInstrument.Evaluate(input, definitions);
            }
        }

        return null;
    }

    private static List<(Observation Observation, string Path)> Observations(PatientProfile patient, string loinc, DateOnly asOf)
    {
        var found = new List<(Observation, string)>();
        for (var i = 0; i < patient.Observations.Length; i++)
        {
            var observation = patient.Observations[i];
            if (observation.On > asOf || observation.Code.CodeSystem != CodeSystem.Loinc || observation.Code.Code != loinc)
            {
                continue;
            }

            var usable = loinc == UpcrLoinc
                ? ToProteinuria(observation) is not null
                : observation.Value.Unit == QuantityUnit.MilliliterPerMinutePer1_73SquareMeter
                    && observation.Value.Value > 0m && observation.Value.Value <= NephritisResponseInstrument.MaxEgfr;
            if (usable)
            {
                found.Add((observation, ProfileQueries.Path("$.observations", i)));
            }
        }

        // Stable: observations on one date keep profile order, so the last of a date is the last recorded.
        return [.. found.OrderBy(o => o.Item1.On)];
    }

    private static Proteinuria? ToProteinuria(Observation observation) =>
        observation.Value.Unit is QuantityUnit.GramPerGram or QuantityUnit.MilligramPerMillimole
        && Proteinuria.TryCreate(observation.Value.Value, observation.Value.Unit, out var protein)
            ? protein
            : null;

    private static void AddPath(List<string> facts, string? path)
    {
        if (path is not null && !facts.Contains(path))
        {
            facts.Add(path);
        }
    }
}

/// <summary>What <see cref="OptionsRenalEvidence"/> found: the induction courses, in start order, and refractory lupus nephritis over them.</summary>
/// <param name="Courses">The induction courses.</param>
/// <param name="Refractory">The refractory lupus nephritis result; <see langword="null"/> without induction courses.</param>
/// <param name="Definitions">The definition set applied.</param>
internal sealed record OptionsRenalFindings(
    ImmutableArray<OptionsInductionCourse> Courses,
    RefractoryNephritisResult? Refractory,
    NephritisResponseDefinitions Definitions);

/// <summary>One induction course with its renal response and adherence evidence.</summary>
internal sealed record OptionsInductionCourse
{
    public required TherapyCourse Course { get; init; }

    public required string Path { get; init; }

    public NephritisResponseResult? Response { get; init; }

    public required ImmutableArray<string> ObservationPaths { get; init; }

    public bool? Adherent { get; init; }

    public required ImmutableArray<string> AdherencePaths { get; init; }

    public required string AdherenceText { get; init; }

    public required bool UsedRefills { get; init; }

    public required InductionCourse Input { get; init; }
}
