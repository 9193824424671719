using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Options to consider once treatment resistance is established (<c>sle.treatment-options</c>; seed claims L6 and L8:
/// biologics such as belimumab and rituximab for non-responders, stem-cell transplant and new therapies for resistant
/// disease). Reports nothing unless one of four rules establishes resistance; then one
/// <see cref="FindingStatus.Supported"/> finding whose <see cref="TreatmentOptionsDetail"/> lists the options, in order,
/// each with its therapies, rationale, evidence grade and citations, marking the ones already on record.
/// </summary>
/// <remarks>
/// <para>Rules, in the order they decide:</para>
/// <list type="number">
/// <item><c>sle.treatment-options.renal.refractory-nephritis</c>: refractory lupus nephritis is met — no renal response to
/// two different standard induction regimens, each assessed after at least 4 months, in an adherent patient (Arora S, et
/// al. Arthritis Rheumatol 2022;74(6):915-26, doi:10.1002/art.42092), read with
/// <see cref="RefractoryNephritisInstrument"/> over the profile's induction courses, UPCR (LOINC 2890-2) and eGFR (LOINC
/// 98979-8).</item>
/// <item><c>sle.treatment-options.renal.induction-non-response</c>: a standard induction course shows no renal response
/// at the response assessment (6 months by default; EULAR/ERA-EDTA 2019, Fanouriakis A, et al. Ann Rheum Dis
/// 2020;79:713-23, doi:10.1136/annrheumdis-2020-216924) and adherence during it is not disproved; when adherence cannot
/// be established the summary says so.</item>
/// <item><c>sle.treatment-options.non-renal.persistent-activity</c>: SLEDAI-2K above the LLDAS limit of 4 (Franklyn K, et
/// al. Ann Rheum Dis 2016;75(9):1615-21) at the two latest visits despite a conventional immunosuppressant or biologic
/// running at both.</item>
/// <item><c>sle.treatment-options.non-renal.stopped-for-inefficacy</c>: any course stopped for inefficacy.</item>
/// </list>
/// <para>
/// A renal rule draws the options from <see cref="TreatmentOptionCatalog.Renal"/> (EULAR/ERA-EDTA 2019 and EULAR 2023:
/// Fanouriakis A, et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762), otherwise from
/// <see cref="TreatmentOptionCatalog.NonRenal"/>. Options are worded for a clinician to consider, never as instructions.
/// </para>
/// </remarks>
internal sealed class TreatmentOptionsEvaluator() : LupusEvaluator(
    "sle.treatment-options",
    "Options to consider after treatment resistance",
    [LupusMechanisms.TreatmentOptions],
    Sources())
{
    /// <summary>Refractory lupus nephritis met (Arora 2022).</summary>
    internal static readonly RuleId RefractoryNephritis = RuleId.Create("sle.treatment-options.renal.refractory-nephritis");

    /// <summary>No renal response after an adequate standard induction course (EULAR/ERA-EDTA 2019).</summary>
    internal static readonly RuleId InductionNonResponse = RuleId.Create("sle.treatment-options.renal.induction-non-response");

    /// <summary>SLEDAI-2K above the LLDAS limit at the two latest visits despite an immunosuppressant or biologic.</summary>
    internal static readonly RuleId PersistentActivity = RuleId.Create("sle.treatment-options.non-renal.persistent-activity");

    /// <summary>A course stopped for inefficacy.</summary>
    internal static readonly RuleId StoppedForInefficacy = RuleId.Create("sle.treatment-options.non-renal.stopped-for-inefficacy");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var renal = OptionsRenalEvidence.Assess(context);
        var activity = OptionsActivityEvidence.Assess(context);

        var triggers = new List<Trigger>();
        if (RenalTrigger(renal) is { } renalTrigger)
        {
            triggers.Add(renalTrigger);
        }

        if (activity.Persistent)
        {
            triggers.Add(ActivityTrigger(activity));
        }

        if (!activity.StoppedForInefficacy.IsEmpty)
        {
            triggers.Add(InefficacyTrigger(activity));
        }

        if (triggers.Count == 0)
        {
            return;
        }

        var decisive = triggers[0];
        var setting = decisive.Rule == RefractoryNephritis || decisive.Rule == InductionNonResponse
            ? TreatmentOptionsSetting.Renal
            : TreatmentOptionsSetting.NonRenal;
        var options = OptionsTherapies.Lay(TreatmentOptionCatalog.For(setting), context, o => Biomarkers(o, setting, context));

        var facts = new List<string>();
        foreach (var path in triggers.SelectMany(t => t.Facts).Concat(options.SelectMany(o => o.Courses)))
        {
            if (!facts.Contains(path))
            {
                facts.Add(path);
            }
        }

        var citations = new List<Citation>();
        foreach (var citation in decisive.Citations.Concat(options.SelectMany(o => o.Citations)))
        {
            if (!citations.Contains(citation))
            {
                citations.Add(citation);
            }
        }

        var detail = new TreatmentOptionsDetail
        {
            Setting = setting,
            Triggers = [.. triggers.Select(t => t.Rule)],
            Adherence = decisive.Adherence,
            Options = options,
        };
        output.Add(Supported(LupusMechanisms.TreatmentOptions, decisive.Rule, Summary(decisive, options), decisive.Grade) with
        {
            On = decisive.On,
            Facts = [.. facts],
            Thresholds = decisive.Thresholds,
            Citations = [.. citations],
            Detail = detail,
        });
    }

    private static Trigger? RenalTrigger(OptionsRenalFindings renal)
    {
        if (renal.Refractory is not { } refractory)
        {
            return null;
        }

        // A later induction course that reached a partial or complete response supersedes earlier failures.
        var respondedSince = renal.Courses
            .Where(c => c.Response?.Response is NephritisResponseCategory.Complete or NephritisResponseCategory.Partial)
            .Select(c => (DateOnly?)c.Course.Start)
            .Max();
        if (refractory.State == CriterionState.Met
            && refractory.DecidedBy.Select(i => renal.Courses[i]).All(c => respondedSince is null || c.Course.Start > respondedSince))
        {
            var deciding = refractory.DecidedBy.Select(i => renal.Courses[i]).ToList();
            var regimens = string.Join(", ", deciding.Select(c => c.Course.Therapy.Value).Distinct(StringComparer.Ordinal));
            var adherence = "Adherent during each failed course (" + string.Join("; ", deciding.Select(c => $"{c.Course.Therapy}: {c.AdherenceText}")) + "), so non-adherence is not supported.";
            return new Trigger(
                RefractoryNephritis,
                EvidenceGrade.ExpertOpinion,
                string.Create(CultureInfo.InvariantCulture, $"Refractory lupus nephritis: no renal response to {refractory.QualifyingRegimens} different standard induction regimens ({regimens}), each assessed after at least {renal.Definitions.RefractoryMinimumCourseMonths} months, in an adherent patient (Arora 2022)."),
                adherence,
                deciding.Max(c => c.Input.AssessedOn),
                RenalFacts(deciding),
                [
                    new AppliedThreshold
                    {
                        Name = "different standard induction regimens without renal response, each adherent (Arora 2022)",
                        Operator = ComparisonOperator.GreaterThanOrEqual,
                        Limit = renal.Definitions.RefractoryRegimenCount,
                        Observed = refractory.QualifyingRegimens,
                    },
                    .. deciding.Select(c => ReductionThreshold(c, renal.Definitions)).OfType<AppliedThreshold>(),
                ],
                [TargetCitations.Arora2022, .. renal.Definitions.Sources, .. AdherenceSources(deciding)]);
        }

        var failed = new List<OptionsInductionCourse>();
        for (var i = 0; i < refractory.Courses.Length; i++)
        {
            var criteria = refractory.Courses[i].Criteria;
            if ((respondedSince is null || renal.Courses[i].Course.Start > respondedSince)
                && criteria.Where(c => c.Id != "ln-refractory.adherent").All(c => c.State == CriterionState.Met)
                && criteria.Single(c => c.Id == "ln-refractory.adherent").State != CriterionState.NotMet)
            {
                failed.Add(renal.Courses[i]);
            }
        }

        if (failed.Count == 0)
        {
            return null;
        }

        var unknown = failed.Where(c => c.Adherent is null).ToList();
        var adherent = failed.Where(c => c.Adherent == true).ToList();
        var statement = new List<string>();
        if (adherent.Count > 0)
        {
            statement.Add("Adherent during the " + string.Join(" and ", adherent.Select(c => $"{c.Course.Therapy} course ({c.AdherenceText})")) + ".");
        }

        if (unknown.Count > 0)
        {
            statement.Add("Adherence could not be established during the " + string.Join(" and ", unknown.Select(c => $"{c.Course.Therapy} course")) +
                " (no hydroxychloroquine level with a threshold and no refill record), so non-adherence is not excluded" +
                (refractory.State == CriterionState.Unknown ? " and refractory lupus nephritis cannot be confirmed until it is known." : "."));
        }

        var therapies = string.Join(" and ", failed.Select(c => c.Course.Therapy.Value).Distinct(StringComparer.Ordinal));
        return new Trigger(
            InductionNonResponse,
            EvidenceGrade.Guideline,
            string.Create(CultureInfo.InvariantCulture, $"Lupus nephritis without renal response after standard induction with {therapies}, assessed at least {renal.Definitions.ResponseAssessmentMonths} months after the start ({renal.Definitions.Id})."),
            string.Join(" ", statement),
            failed.Max(c => c.Input.AssessedOn),
            RenalFacts(failed),
            [.. failed.Select(c => ReductionThreshold(c, renal.Definitions)).OfType<AppliedThreshold>()],
            [.. renal.Definitions.Sources, .. AdherenceSources(failed)]);
    }

    private static Trigger ActivityTrigger(OptionsActivityFindings activity)
    {
        var earlier = activity.Earlier!;
        var latest = activity.Latest!;
        var despite = string.Join(", ", activity.Despite.Select(c => c.Course.Therapy.Value).Distinct(StringComparer.Ordinal));
        var limit = activity.Limit.ToString(CultureInfo.InvariantCulture);
        return new Trigger(
            PersistentActivity,
            EvidenceGrade.ExpertOpinion,
            string.Create(CultureInfo.InvariantCulture, $"Persistent activity: SLEDAI-2K {earlier.Total} on {earlier.Visit.On:O} and {latest.Total} on {latest.Visit.On:O}, above the LLDAS limit of {limit} at the two latest visits, despite {despite}."),
            null,
            latest.Visit.On,
            [earlier.Path, latest.Path, .. activity.Despite.Select(c => c.Path)],
            [
                SledaiThreshold(earlier, activity.Limit),
                SledaiThreshold(latest, activity.Limit),
            ],
            [LupusSources.FranklynLldas, LupusSources.Eular2023]);
    }

    private static Trigger InefficacyTrigger(OptionsActivityFindings activity)
    {
        var stopped = string.Join("; ", activity.StoppedForInefficacy.Select(c => c.Course.End is { } end
            ? string.Create(CultureInfo.InvariantCulture, $"{c.Course.Therapy} on {end:O}")
            : c.Course.Therapy.Value));
        return new Trigger(
            StoppedForInefficacy,
            EvidenceGrade.ExpertOpinion,
            $"A course was stopped for inefficacy ({stopped}).",
            null,
            activity.StoppedForInefficacy.Max(c => c.Course.End),
            [.. activity.StoppedForInefficacy.Select(c => c.Path)],
            [],
            [LupusSources.Eular2023]);
    }

    private static string Summary(Trigger trigger, ImmutableArray<TreatmentOption> options)
    {
        var toConsider = options.Where(o => !o.Has(TreatmentOptionTag.AlreadyTried)).ToList();
        var tried = options.Where(o => o.Has(TreatmentOptionTag.AlreadyTried)).ToList();
        var text = trigger.Sentence + " Options to consider, in order: " +
            (toConsider.Count == 0
                ? "none untried in this list"
                : string.Join("; ", toConsider.Select(o => o.Rank.ToString(CultureInfo.InvariantCulture) + ") " + Lower(o.Title) + (o.Has(TreatmentOptionTag.PartlyTried) ? " (partly tried)" : string.Empty)))) +
            ".";
        if (tried.Count > 0)
        {
            text += " Already on record: " + string.Join("; ", tried.Select(o => Lower(o.Title))) + ".";
        }

        if (trigger.Adherence is { } adherence)
        {
            text += " " + adherence;
        }

        return text;
    }

    private static (IReadOnlyList<string> Notes, IReadOnlyList<Citation> Citations) Biomarkers(TreatmentOption option, TreatmentOptionsSetting setting, EvaluationContext context)
    {
        if (setting != TreatmentOptionsSetting.NonRenal)
        {
            return ([], []);
        }

        if (option.Key == TreatmentOptionCatalog.Belimumab
            && ProfileQueries.Latest<BlysLevel>(context.Patient, context.AsOf) is { } blys
            && blys.Assessment.Level.TryConvertTo(QuantityUnit.NanogramPerMilliliter, out var nanograms))
        {
            var high = nanograms.Value >= BiomarkerEvaluator.BlysThreshold;
            var note = string.Create(CultureInfo.InvariantCulture, $"BLyS {nanograms.Value} ng/mL on {blys.Assessment.On:O} ({blys.Path}): ") +
                (high
                    ? "in the pooled BLISS trials belimumab's advantage over placebo was largest at 2 ng/mL or more (post hoc; Roth 2016)."
                    : "below 2 ng/mL belimumab still beat placebo in the pooled BLISS trials, by a smaller margin (post hoc; Roth 2016).");
            return ([note], [LupusSources.RothBlys]);
        }

        if (option.Key == TreatmentOptionCatalog.Anifrolumab
            && ProfileQueries.Latest<InterferonGeneSignature>(context.Patient, context.AsOf) is { } signature)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"Type I interferon gene signature {(signature.Assessment.High ? "high" : "low")} on {signature.Assessment.On:O} ({signature.Path}): ") +
                (signature.Assessment.High
                    ? "anifrolumab's pooled TULIP benefit was concentrated in signature-high patients (BICLA +18.2 % versus placebo; post hoc, Vital 2022)."
                    : "in signature-low patients anifrolumab's pooled TULIP benefit was smaller and not significant (BICLA +9.3 %; post hoc, Vital 2022).");
            return ([note], [LupusSources.VitalTulip]);
        }

        return ([], []);
    }

    private static AppliedThreshold? ReductionThreshold(OptionsInductionCourse course, NephritisResponseDefinitions definitions) =>
        course.Response is { ProteinuriaReductionPercent: { } reduction }
            ? new AppliedThreshold
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"proteinuria reduction from baseline, {course.Course.Therapy} course from {course.Course.Start:O} (a partial response needs at least {definitions.PartialResponseMinReductionPercent} %)"),
                Operator = ComparisonOperator.GreaterThanOrEqual,
                Limit = definitions.PartialResponseMinReductionPercent,
                Unit = QuantityUnit.Percent,
                Observed = decimal.Round(reduction, 1, MidpointRounding.AwayFromZero),
            }
            : null;

    private static AppliedThreshold SledaiThreshold(ActivityVisit visit, decimal limit) => new()
    {
        Name = string.Create(CultureInfo.InvariantCulture, $"SLEDAI-2K total on {visit.Visit.On:O} (LLDAS limit)"),
        Operator = ComparisonOperator.GreaterThan,
        Limit = limit,
        Observed = visit.Total,
    };

    private static ImmutableArray<string> RenalFacts(IEnumerable<OptionsInductionCourse> courses) =>
        [.. courses.SelectMany(c => (IEnumerable<string>)[c.Path, .. c.ObservationPaths, .. c.AdherencePaths]).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<Citation> AdherenceSources(IReadOnlyCollection<OptionsInductionCourse> courses)
    {
        if (courses.Any(c => c.AdherencePaths.Any(p => p.StartsWith("$.drugLevels", StringComparison.Ordinal))))
        {
            yield return TargetCitations.CostedoatChalumeau2007;
        }

        if (courses.Any(c => c.UsedRefills))
        {
            yield return LupusSources.KarveAdherence;
        }
    }

    private static string Lower(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) && !title.StartsWith("CD", StringComparison.Ordinal)
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;

    private static ImmutableArray<Citation> Sources()
    {
        var sources = new List<Citation> { LupusSources.Eular2023, TargetCitations.Fanouriakis2020, TargetCitations.Arora2022, LupusSources.FranklynLldas };
        foreach (var citation in TreatmentOptionCatalog.Renal.Concat(TreatmentOptionCatalog.NonRenal).SelectMany(o => o.Citations))
        {
            if (!sources.Contains(citation))
            {
                sources.Add(citation);
            }
        }

        return [.. sources];
    }

    private sealed record Trigger(
        RuleId Rule,
        EvidenceGrade Grade,
        string Sentence,
        string? Adherence,
        DateOnly? On,
        ImmutableArray<string> Facts,
        ImmutableArray<AppliedThreshold> Thresholds,
        ImmutableArray<Citation> Citations);
}
