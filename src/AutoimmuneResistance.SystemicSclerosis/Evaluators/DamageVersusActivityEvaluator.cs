using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Established fibrosis and damage versus activity (issue 11, seed claims S4 and S7): whether what does not improve in
/// the skin or the lung is established damage rather than active disease. One finding per domain, as of the
/// assessment date, each supported only when all three hold:
/// <list type="number">
/// <item>late disease: the completed months from the first non-Raynaud manifestation are beyond the selected
/// <see cref="EarlyDiffuseDefinitions"/> cut-off (default 60 months; the cut-offs come from diffuse disease and are
/// applied to every subset, a convention);</item>
/// <item>a stable organ over about a year: the skin when the modified Rodnan skin score changed by less than the
/// selected <see cref="SkinResponseDefinitions"/> change (default 5 units, the minimal clinically important difference,
/// Khanna D, et al. Arthritis Res Ther 2019, doi:10.1186/s13075-019-1809-y) between the latest score and the earliest
/// one 9 to 15 months before it (the EUSTAR interval of 12 ± 3 months: Dobrota R, et al. Ann Rheum Dis 2016,
/// doi:10.1136/annrheumdis-2015-208024; Wu W, et al. Ann Rheum Dis 2019;78(5):648-56,
/// doi:10.1136/annrheumdis-2018-213455); the lung when interstitial lung disease is recorded as present on HRCT and
/// FVC % predicted (LOINC 19872-1) did not progress under the selected <see cref="ProgressiveIldDefinitions"/> between
/// the latest result and the earliest one at least 9 months before it within the definition's window (Hoffmann-Vold
/// AM, et al. Ann Rheum Dis 2021;80:219-27, the EUSTAR 12 ± 3 months);</item>
/// <item>no activity: every revised EUSTAR activity index recorded over the interval below 2.5 (Valentini G, et al.
/// Ann Rheum Dis 2017;76(1):270-6, doi:10.1136/annrheumdis-2016-209768). Without a recorded index, the items the
/// profile holds (mRSS &gt; 18, C-reactive protein LOINC 1988-5 &gt; 1 mg/dL, DLCO % predicted LOINC 98130-8 &lt; 70)
/// are scored with the index's weights: reaching 2.5 with them alone is active disease; short of it, the index is
/// unknown, naming the items the profile cannot hold (patient-reported skin worsening in the previous month, digital
/// ulcers, tendon friction rubs).</item>
/// </list>
/// An mRSS of 0 (normal skin at every site, Khanna 2017) leaves nothing to be damage: not supported. No source defines
/// a "high" mRSS as damage, so the rule does not use one; the index itself scores an mRSS above 18
/// and a DLCO below 70 % as activity, so stable late disease with both is active by the index. Silent for a domain
/// without two results that far apart or without a disease-modifying course over the interval (for the skin, one the
/// skin rule judges), and for the lung when HRCT showed no interstitial lung disease; when interstitial lung disease is
/// not recorded, the lung finding is emitted only when that datum alone is missing (unknown).
/// </summary>
internal sealed class DamageVersusActivityEvaluator() : SscEvaluator(
    "ssc.damage-versus-activity",
    "Established damage versus active disease in the skin and the lung",
    [SscMechanisms.EstablishedDamage],
    [SscCitations.Valentini2017, SscCitations.Khanna2017Mrss, SkinCitations.Khanna2019MrssMcid, SkinCitations.Dobrota2016, SkinCitations.Wu2019, SscCitations.HoffmannVold2021, SscCitations.Flaherty2019])
{
    /// <summary>The rule of the skin: late, stable, inactive skin disease.</summary>
    public static readonly RuleId Skin = RuleId.Create("ssc.damage.skin");

    /// <summary>The rule of the lung: late, stable, inactive interstitial lung disease.</summary>
    public static readonly RuleId Lung = RuleId.Create("ssc.damage.lung");

    /// <summary>The shortest interval between the two results that show stability, 9 months (EUSTAR 12 ± 3 months).</summary>
    public const int StableMinimumMonths = 9;

    /// <summary>The longest interval between the two skin scores, 15 months (EUSTAR 12 ± 3 months).</summary>
    public const int SkinStableMaximumMonths = 15;

    /// <summary>The LOINC of C-reactive protein in serum or plasma (mass/volume), 1988-5 (docs/codes.md, confirmed).</summary>
    public const string CrpLoinc = "1988-5";

    private const string ActivityItemsNotInProfile = "patient-reported skin worsening in the previous month, digital ulcers and tendon friction rubs";

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var (features, featuresPath) = SscProfile.Features(context.Patient);
        var mrss = Scores(context, SystemicSclerosisIds.ModifiedRodnanSkinScore).OrderBy(s => s.On).ToList();
        if (mrss.Count >= 2)
        {
            var latest = mrss[^1];
            var reference = mrss.FirstOrDefault(s => s.On >= latest.On.AddMonths(-SkinStableMaximumMonths) && s.On <= latest.On.AddMonths(-StableMinimumMonths));
            if (reference.Path is not null && OnTherapy(context, reference.On, latest.On, SkinResponseEvaluator.Judges))
            {
                output.Add(JudgeSkin(context, features, featuresPath, mrss, reference, latest));
            }
        }

        if (features?.InterstitialLungDisease == false)
        {
            return;
        }

        var fvc = SscProfile.PercentPredicted(context, SscProfile.FvcPercentPredictedLoinc).OrderBy(o => o.Observation.On).ToList();
        if (fvc.Count < 2)
        {
            return;
        }

        var ild = context.Definitions.TryGet<ProgressiveIldDefinitions>(out var selectedIld) ? selectedIld : ProgressiveIldDefinitions.Inbuild2019;
        var followUp = fvc[^1];
        var dlco = SscProfile.PercentPredicted(context, SscProfile.DlcoPercentPredictedLoinc).ToList();
        foreach (var baseline in fvc)
        {
            if (followUp.Observation.On < baseline.Observation.On.AddMonths(StableMinimumMonths))
            {
                break;
            }

            var input = new ProgressiveIldInput
            {
                Baseline = LungOn(baseline.Observation, dlco),
                FollowUp = LungOn(followUp.Observation, dlco),
            };
            var result = ProgressiveIldInstrument.ComputeValid(input, ild);
            if (result.WithinWindow)
            {
                if (OnTherapy(context, baseline.Observation.On, followUp.Observation.On, _ => true)
                    && JudgeLung(context, features, featuresPath, ild, input, result, baseline, followUp, mrss) is { } lung)
                {
                    output.Add(lung);
                }

                return;
            }
        }
    }

    private Finding JudgeSkin(
        EvaluationContext context,
        SscFeatures? features,
        string featuresPath,
        List<(DateOnly On, decimal Score, string Path)> mrss,
        (DateOnly On, decimal Score, string Path) reference,
        (DateOnly On, decimal Score, string Path) latest)
    {
        var d = SkinResponseEvaluator.Selected(context);
        var months = CalendarMonths.Completed(reference.On, latest.On);
        var change = latest.Score - reference.Score;
        var what = string.Create(CultureInfo.InvariantCulture, $"mRSS {reference.Score:0.#} to {latest.Score:0.#} ({reference.On:O} to {latest.On:O}, {months} months)");
        var threshold = string.Create(CultureInfo.InvariantCulture, $"{(d.ExceedsUnits ? "more than" : "at least")} {d.ChangeUnits:0.#} units{(d.RelativeChangePercent is { } r ? $" and {r:0.#} %" : string.Empty)}, the {SkinResponseEvaluator.Short(d)}");
        var changeThreshold = new AppliedThreshold
        {
            Name = $"change in the modified Rodnan skin score over about a year, units, either way (stable below {SkinResponseEvaluator.Short(d)})",
            Operator = d.ExceedsUnits ? ComparisonOperator.LessThanOrEqual : ComparisonOperator.LessThan,
            Limit = d.ChangeUnits,
            Observed = Math.Abs(change),
        };
        var stable = !SkinResponseEvaluator.Meets(-change, reference.Score, d) && !SkinResponseEvaluator.Meets(change, reference.Score, d);
        var organ = stable
            ? $"the skin stable ({what}, a change short of {threshold})"
            : $"the skin changed ({what}, a change of {threshold})";
        var timeline = new EvidenceTimeline
        {
            Name = "modified Rodnan skin score (0 to 51) over the stability interval",
            Points = [.. mrss.Where(s => s.On >= reference.On && s.On <= latest.On).Select(s => new TimelinePoint(s.On, s.Score, null, s.Path))],
        };
        // An mRSS of 0 is normal skin at every site (Khanna 2017): no thickening remains to be damage.
        var finding = latest.Score == 0
            ? NotSupported(SscMechanisms.EstablishedDamage, Skin,
                string.Create(CultureInfo.InvariantCulture, $"Not established damage in the skin: no skin thickening remains (mRSS {reference.Score:0.#} to 0 from {reference.On:O} to {latest.On:O}; 0 is normal skin at every site)."),
                EvidenceGrade.ExpertOpinion) with
            { Facts = [featuresPath], Citations = [SscCitations.Khanna2017Mrss, .. d.Sources] }
            : Judge(context, features, featuresPath, Skin, "the skin", stable, organ, null, reference.On, mrss, d.Sources);
        return finding with
        {
            On = latest.On,
            Facts = [.. new[] { featuresPath, reference.Path, latest.Path }.Concat(finding.Facts).Distinct(StringComparer.Ordinal)],
            Thresholds = [.. finding.Thresholds, changeThreshold],
            Timeline = timeline,
        };
    }

    // The question is asked of a treated organ: a disease-modifying course (for the skin, one the skin rule judges)
    // overlapping the stability interval.
    private static bool OnTherapy(EvaluationContext context, DateOnly from, DateOnly to, Func<TherapyCourse, bool> judged) =>
        SscProfile.DiseaseModifyingCourses(context).Any(c => judged(c.Course) && c.Course.Start <= to && (c.Course.End ?? context.AsOf) >= from);

    private Finding? JudgeLung(
        EvaluationContext context,
        SscFeatures? features,
        string featuresPath,
        ProgressiveIldDefinitions ild,
        ProgressiveIldInput input,
        ProgressiveIldResult result,
        (Observation Observation, string Path) baseline,
        (Observation Observation, string Path) followUp,
        List<(DateOnly On, decimal Score, string Path)> mrss)
    {
        var scale = ild.FvcScale == ChangeScale.Absolute ? "absolute" : "relative";
        var what = string.Create(CultureInfo.InvariantCulture,
            $"FVC {baseline.Observation.Value.Value:0.##} to {followUp.Observation.Value.Value:0.##} % predicted ({baseline.Observation.On:O} to {followUp.Observation.On:O}, {result.Months} months; {scale} decline {result.FvcDecline:0.#}{(ild.FvcScale == ChangeScale.Absolute ? " points" : " %")})");
        var undecided = !result.Progressive
            && (ProgressiveIldInstrument.ComputeValid(input with { WorsenedRespiratorySymptoms = true }, ild).Progressive
                || ProgressiveIldInstrument.ComputeValid(input with { IncreasedFibrosisOnHrct = true }, ild).Progressive);
        var organ = result.Progressive
            ? $"interstitial lung disease progressing ({what}, progressive under {ild.Title})"
            : $"lung function stable ({what}, not progressive under {ild.Title})";
        // Interstitial lung disease not recorded: the rule applies only as far as it is known to be present, so the finding
        // is emitted only when that datum alone is missing (late, stable, inactive, and decided).
        var ildUnknown = features?.InterstitialLungDisease is null;
        var ildGap = new DataGap { Datum = "whether HRCT shows interstitial lung disease", Path = featuresPath };
        DataGap? lungGap = undecided
            ? new DataGap { Datum = "change in respiratory symptoms and in fibrosis extent on HRCT over the same interval", Path = "$.assessments" }
            : ildUnknown ? ildGap : null;
        var finding = Judge(context, features, featuresPath, Lung, "the lung", !result.Progressive, organ, lungGap, baseline.Observation.On, mrss, ild.Sources);
        if (ildUnknown && finding.Gap != ildGap)
        {
            return null;
        }

        return finding with
        {
            On = followUp.Observation.On,
            Facts = [.. new[] { featuresPath, baseline.Path, followUp.Path }.Concat(finding.Facts).Distinct(StringComparer.Ordinal)],
            Thresholds =
            [
                .. finding.Thresholds,
                new AppliedThreshold
                {
                    Name = $"{scale} FVC decline, % predicted, that is progression ({ild.Title})",
                    Operator = ild.Rule == ProgressiveIldRule.EustarFvcOnly ? ComparisonOperator.GreaterThan : ComparisonOperator.GreaterThanOrEqual,
                    Limit = ild.FvcMajorDecline,
                    Observed = result.FvcDecline,
                },
            ],
        };
    }

    // Late, stable, inactive: the three conditions in that order, the first that fails deciding.
    private Finding Judge(
        EvaluationContext context,
        SscFeatures? features,
        string featuresPath,
        RuleId rule,
        string domain,
        bool stable,
        string organ,
        DataGap? organGap,
        DateOnly from,
        List<(DateOnly On, decimal Score, string Path)> mrss,
        System.Collections.Immutable.ImmutableArray<Citation> organSources)
    {
        var early = context.Definitions.TryGet<EarlyDiffuseDefinitions>(out var selected) ? selected : EarlyDiffuseDefinitions.Below60Months;
        Citation[] sources = [.. early.Sources, .. organSources, SscCitations.Valentini2017];
        if (features?.FirstNonRaynaudManifestation is not { } onset)
        {
            return Unknown(SscMechanisms.EstablishedDamage, rule,
                $"Whether what remains in {domain} is established damage is unknown: the date of the first non-Raynaud manifestation, from which late disease is counted, is not recorded.",
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = "date of the first non-Raynaud manifestation", Path = featuresPath }) with
            { Facts = [featuresPath], Citations = [.. sources] };
        }

        var duration = DiseaseDurationInstrument.ComputeValid(
            new DiseaseDurationInput { FirstNonRaynaudManifestation = onset, On = context.AsOf, Subset = features.Subset ?? CutaneousSubset.Diffuse },
            early);
        var cutOff = string.Create(CultureInfo.InvariantCulture, $"{(early.Inclusive ? "at most" : "below")} {early.ThresholdMonths} months");
        var durationThreshold = new AppliedThreshold
        {
            Name = "completed months from the first non-Raynaud manifestation to the assessment date (late when beyond the early window)",
            Operator = early.Inclusive ? ComparisonOperator.GreaterThan : ComparisonOperator.GreaterThanOrEqual,
            Limit = early.ThresholdMonths,
            Observed = duration.Months,
        };
        var late = string.Create(CultureInfo.InvariantCulture, $"late disease ({duration.Months} months from the first non-Raynaud manifestation, beyond the early window of {cutOff})");
        if (duration.WithinEarlyCutOff)
        {
            return NotSupported(SscMechanisms.EstablishedDamage, rule,
                string.Create(CultureInfo.InvariantCulture, $"Not established damage in {domain}: early disease ({duration.Months} months from the first non-Raynaud manifestation, within the early window of {cutOff}), with {organ}."),
                EvidenceGrade.ExpertOpinion) with
            { Facts = [featuresPath], Thresholds = [durationThreshold], Citations = [.. sources] };
        }

        if (!stable)
        {
            return NotSupported(SscMechanisms.EstablishedDamage, rule,
                $"Not established damage alone in {domain}: {late}, but {organ}.",
                EvidenceGrade.ExpertOpinion) with
            { Facts = [featuresPath], Thresholds = [durationThreshold], Citations = [.. sources] };
        }

        var activity = Activity(context, from, mrss);
        Finding finding;
        if (activity.Active == true)
        {
            finding = NotSupported(SscMechanisms.EstablishedDamage, rule,
                $"Not established damage alone in {domain}: {late} with {organ}, but the disease is active ({activity.Text}).",
                EvidenceGrade.ExpertOpinion);
        }
        else if (activity.Active is null)
        {
            finding = Unknown(SscMechanisms.EstablishedDamage, rule,
                $"Whether what remains in {domain} is established damage is unknown: {late} with {organ}, but disease activity is not known ({activity.Text}).",
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = activity.Missing!, Path = "$.assessments" });
        }
        else if (organGap is not null)
        {
            finding = Unknown(SscMechanisms.EstablishedDamage, rule,
                $"Whether what remains in {domain} is established damage is unknown: {late}, {organ} and no activity ({activity.Text}), but {organGap.Datum} is not recorded.",
                EvidenceGrade.ExpertOpinion,
                organGap);
        }
        else
        {
            var remains = rule == Lung ? "the interstitial lung disease that remains is established fibrosis" : "the skin thickening that remains is established fibrosis";
            finding = Supported(SscMechanisms.EstablishedDamage, rule,
                $"Established damage rather than active disease in {domain}: {late}, {organ} and no activity ({activity.Text}); {remains}, not active disease resisting treatment.",
                EvidenceGrade.ExpertOpinion);
        }

        return finding with
        {
            Facts = [featuresPath, .. activity.Paths],
            Thresholds = activity.Threshold is { } t ? [durationThreshold, t] : [durationThreshold],
            Citations = [.. sources],
        };
    }

    private sealed record ActivityReading(bool? Active, string Text, IReadOnlyList<string> Paths, AppliedThreshold? Threshold, string? Missing);

    // The revised EUSTAR activity index over the interval: recorded totals first, then the items the profile holds.
    private static ActivityReading Activity(EvaluationContext context, DateOnly from, List<(DateOnly On, decimal Score, string Path)> mrss)
    {
        var recorded = Scores(context, SystemicSclerosisIds.EustarActivityIndex).Where(s => s.On >= from).OrderBy(s => s.On).ToList();
        if (recorded.Count > 0)
        {
            var highest = recorded.MaxBy(s => s.Score);
            var active = highest.Score >= EustarActivityIndex.ActiveAtLeast;
            var text = active
                ? string.Create(CultureInfo.InvariantCulture, $"revised EUSTAR activity index {highest.Score:0.##} on {highest.On:O}, at least {EustarActivityIndex.ActiveAtLeast:0.#}")
                : string.Create(CultureInfo.InvariantCulture, $"revised EUSTAR activity index at most {highest.Score:0.##} over the interval, below {EustarActivityIndex.ActiveAtLeast:0.#}");
            return new ActivityReading(active, text, [.. recorded.Select(s => s.Path)], IndexThreshold("revised EUSTAR activity index, the highest recorded over the interval", highest.Score), null);
        }

        // Without a recorded total: the items the profile holds, at their latest values over the interval.
        var paths = new List<string>();
        var scored = new List<string>();
        var missing = new List<string>();
        var points = 0m;
        var skin = mrss.LastOrDefault(s => s.On >= from);
        if (skin.Path is null)
        {
            missing.Add("the modified Rodnan skin score");
        }
        else if (skin.Score > EustarActivityIndex.MrssAbove)
        {
            points += EustarActivityIndex.Weight(EustarActivityItem.MrssAbove18);
            scored.Add(string.Create(CultureInfo.InvariantCulture, $"mRSS {skin.Score:0.#} above {EustarActivityIndex.MrssAbove}"));
            paths.Add(skin.Path);
        }

        var crp = Crp(context, from);
        if (crp is not { } c)
        {
            missing.Add("C-reactive protein");
        }
        else if (c.MgPerDl > EustarActivityIndex.CrpAboveMgPerDl)
        {
            points += EustarActivityIndex.Weight(EustarActivityItem.CrpAbove1MgPerDl);
            scored.Add(string.Create(CultureInfo.InvariantCulture, $"C-reactive protein {c.MgPerDl:0.##} mg/dL above {EustarActivityIndex.CrpAboveMgPerDl:0.#}"));
            paths.Add(c.Path);
        }

        var dlco = SscProfile.PercentPredicted(context, SscProfile.DlcoPercentPredictedLoinc).Where(o => o.Observation.On >= from).OrderBy(o => o.Observation.On).LastOrDefault();
        if (dlco.Path is null)
        {
            missing.Add("DLCO % predicted");
        }
        else if (dlco.Observation.Value.Value < EustarActivityIndex.DlcoBelowPercent)
        {
            points += EustarActivityIndex.Weight(EustarActivityItem.DlcoBelow70);
            scored.Add(string.Create(CultureInfo.InvariantCulture, $"DLCO {dlco.Observation.Value.Value:0.#} % predicted below {EustarActivityIndex.DlcoBelowPercent:0}"));
            paths.Add(dlco.Path);
        }

        var threshold = IndexThreshold("revised EUSTAR activity index from the items on record alone (a lower bound)", points);
        if (points >= EustarActivityIndex.ActiveAtLeast)
        {
            return new ActivityReading(true,
                string.Create(CultureInfo.InvariantCulture, $"revised EUSTAR activity index at least {points:0.##} from {string.Join(" and ", scored)} alone, at least {EustarActivityIndex.ActiveAtLeast:0.#}"),
                paths, threshold, null);
        }

        var datum = "revised EUSTAR activity index over the interval, or its items: " + string.Join(", ", [.. missing, ActivityItemsNotInProfile]);
        return new ActivityReading(null,
            string.Create(CultureInfo.InvariantCulture, $"no revised EUSTAR activity index recorded over the interval, and the items on record score {points:0.##}, short of {EustarActivityIndex.ActiveAtLeast:0.#} without {ActivityItemsNotInProfile}"),
            paths, threshold, datum);
    }

    private static AppliedThreshold IndexThreshold(string name, decimal observed) => new()
    {
        Name = name + "; inactive below 2.5 (Valentini 2017)",
        Operator = ComparisonOperator.LessThan,
        Limit = EustarActivityIndex.ActiveAtLeast,
        Observed = observed,
    };

    private static (decimal MgPerDl, string Path)? Crp(EvaluationContext context, DateOnly from)
    {
        var observations = context.Patient.Observations;
        (decimal, string, DateOnly)? latest = null;
        for (var i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (o.On >= from && o.On <= context.AsOf && o.Code.CodeSystem == CodeSystem.Loinc && o.Code.Code == CrpLoinc
                && o.Value.TryConvertTo(QuantityUnit.MilligramPerDeciliter, out var mgPerDl) && (latest is null || o.On >= latest.Value.Item3))
            {
                latest = (mgPerDl.Value, ProfilePaths.Observation(i), o.On);
            }
        }

        return latest is { } l ? (l.Item1, l.Item2) : null;
    }

    private static LungFunction LungOn(Observation fvc, List<(Observation Observation, string Path)> dlco) => new()
    {
        On = fvc.On,
        Fvc = PercentPredicted.FromPercent(fvc.Value.Value),
        Dlco = dlco.FirstOrDefault(d => d.Observation.On == fvc.On).Observation is { } same ? PercentPredicted.FromPercent(same.Value.Value) : null,
    };

    private static IEnumerable<(DateOnly On, decimal Score, string Path)> Scores(EvaluationContext context, InstrumentId instrument)
    {
        var assessments = context.Patient.Assessments;
        for (var i = 0; i < assessments.Length; i++)
        {
            if (assessments[i] is RecordedScore { } score && score.Instrument == instrument && score.On <= context.AsOf)
            {
                yield return (score.On, score.Score, ProfilePaths.Assessment(i));
            }
        }
    }
}
