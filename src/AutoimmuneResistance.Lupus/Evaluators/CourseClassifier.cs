using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>One classified course, with what the classification read.</summary>
internal sealed record ClassifiedCourse(
    TherapyCourse Course,
    string Path,
    CourseClassificationDetail Detail,
    AdherenceEvidence Adherence,
    ImmutableArray<string> ActivityFacts,
    ImmutableArray<AppliedThreshold> Thresholds,
    DateOnly AssessedOn);

/// <summary>
/// Classifies every non-glucocorticoid therapy course of a lupus profile (glucocorticoids are bridging therapy and are
/// judged by the glucocorticoid evaluator). Renal induction courses of a patient with lupus nephritis are judged by the
/// nephritis response instrument under the selected <see cref="NephritisResponseDefinitions"/>; every other course by
/// SLEDAI-2K under <see cref="TreatmentTrialDefinitions"/>. Computed once per patient and shared through the context.
/// </summary>
internal static class CourseClassifier
{
    // The instrument whose definition evaluators apply with the definition set the pipeline selected.
    private static readonly NephritisResponseInstrument NephritisResponse = new();

    private static readonly EvaluationPropertyKey<ImmutableArray<ClassifiedCourse>> Key = new("sle.course-classifications");

    // LOINC codes for the renal measurements (docs/codes.md): protein/creatinine mass ratio and 24-hour protein; eGFR.
    private static readonly string[] ProteinuriaCodes = ["2890-2", "2889-4"];
    private static readonly string[] EgfrCodes = ["98979-8", "62238-1", "33914-3"];

    public static ImmutableArray<ClassifiedCourse> Classify(EvaluationContext context) => context.GetOrAdd(Key, static c => ClassifyAll(c));

    public static bool HasNephritis(PatientProfile patient) => patient.Diagnoses.Any(d =>
        d.Disease == LupusIds.Sle
        && (d.Features is LupusFeatures { Nephritis: true }
            || d.Features is LupusFeatures f && f.NephritisClasses.Any(k => k is LupusNephritisClass.III or LupusNephritisClass.IV or LupusNephritisClass.V)
            || d.Codes.Any(IsLupusNephritisCode)));

    // Lupus nephritis codes, each in its own system (docs/codes.md): ICD-10-CM M32.14 "glomerular disease in SLE"; WHO
    // ICD-10 N08.5*, the asterisk half of the M32.1† + N08.5* pair; SNOMED CT 68815009 "systemic lupus erythematosus
    // glomerulonephritis syndrome".
    private static bool IsLupusNephritisCode(ClinicalCode code) =>
        (code.CodeSystem == CodeSystem.Icd10Cm && code.Code == "M32.14")
        || (code.CodeSystem == CodeSystem.Icd10 && code.Code == "N08.5")
        || (code.CodeSystem == CodeSystem.SnomedCt && code.Code == "68815009");

    private static ImmutableArray<ClassifiedCourse> ClassifyAll(EvaluationContext context)
    {
        var patient = context.Patient;
        var trial = context.Definitions.TryGet<TreatmentTrialDefinitions>(out var t) ? t : TreatmentTrialDefinitions.Default;
        var renal = context.Definitions.TryGet<NephritisResponseDefinitions>(out var n) ? n : NephritisResponseDefinitions.EularEraEdta2019;
        var nephritis = HasNephritis(patient);
        var visits = RefractoryVisits.Of(context).Visits;
        var result = ImmutableArray.CreateBuilder<ClassifiedCourse>();
        List<(DateOnly On, RenalMeasurement Measurement, string[] Paths)>? measurements = null; // read once, at the first renal course
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course.Start > context.AsOf || course.Class == TherapyClass.Glucocorticoid)
            {
                continue;
            }

            var path = ProfilePaths.Therapy(i);
            var end = EffectEnd(patient, course, context.AsOf);
            var months = WholeMonths(course.Start, end);
            var isRenal = nephritis && renal.StandardInductionTherapies.Contains(course.Therapy);
            var adherence = AdherenceAssessment.Assess(context, course, path, course.Start, end);
            var dose = DoseOf(course, trial, isRenal);
            var classified = isRenal
                ? Renal(course, path, end, months, renal, trial, adherence, dose, measurements ??= RenalMeasurements(patient, context.AsOf))
                : ByActivity(course, path, end, months, trial, visits, adherence, dose);
            result.Add(SecondaryNonDepletion(patient, course, end) && classified.Detail.Response is not (TherapyOutcome.Response or TherapyOutcome.PartialResponse)
                ? classified with { Detail = classified.Detail with { Response = TherapyOutcome.SecondaryLossOfResponse, SecondaryNonDepletion = true } }
                : classified);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Whether an anti-CD20 retreatment course shows secondary non-depletion non-response as Md Yusof MY et al. Ann
    /// Rheum Dis 2017;76(11):1829-36 (doi:10.1136/annrheumdis-2017-211191) define it: an infusion reaction (recorded
    /// on an administration, or the course stopped for an adverse event) and defective B-cell depletion (a B-cell result
    /// during the course's effect, none of them complete) at a course after the first of the same therapy. In that series
    /// it went with anti-rituximab antibodies; it is a loss of response whatever the activity data say, unless they
    /// show a response.
    /// </summary>
    private static bool SecondaryNonDepletion(PatientProfile patient, TherapyCourse course, DateOnly end)
    {
        if (course.Class != TherapyClass.AntiCd20 || !(course.StopReason == StopReason.AdverseEvent || course.Administered.Any(a => a.Reaction)))
        {
            return false;
        }

        var retreatment = false;
        foreach (var other in patient.Therapies)
        {
            retreatment |= other.Therapy == course.Therapy && other.Start < course.Start;
        }

        var measured = false;
        foreach (var assessment in patient.Assessments)
        {
            if (assessment is BCellDepletion result && result.On >= course.Start && result.On <= end)
            {
                if (result.Complete)
                {
                    return false;
                }

                measured = true;
            }
        }

        return retreatment && measured;
    }

    private static ClassifiedCourse Renal(
        TherapyCourse course, string path, DateOnly end, int months, NephritisResponseDefinitions renal,
        TreatmentTrialDefinitions trial, AdherenceEvidence adherence, DoseAdequacy dose,
        List<(DateOnly On, RenalMeasurement Measurement, string[] Paths)> measurements)
    {
        // The baseline is the latest positive proteinuria on or before the start, no older than the trial's baseline
        // window (the same window the SLEDAI-2K baseline uses); follow-ups are the measurements of the same kind (spot
        // ratio or 24-hour excretion) after the start up to the end of the course's effect. Only values the nephritis
        // response instrument accepts are passed, so it never rejects the input.
        var baselineIndex = -1;
        var earliest = course.Start.AddDays(-trial.BaselineWindowDays);
        for (var i = 0; i < measurements.Count && measurements[i].On <= course.Start; i++)
        {
            if (measurements[i].On >= earliest && measurements[i].Measurement.Proteinuria is { Value: > 0m })
            {
                baselineIndex = i;
            }
        }

        NephritisResponseResult? response = null;
        DateOnly assessedOn = end;
        var facts = ImmutableArray.CreateBuilder<string>();
        if (baselineIndex >= 0)
        {
            var (_, baseline, baselinePaths) = measurements[baselineIndex];
            var baselineProtein = baseline.Proteinuria!.Value;
            var baselineEgfr = PositiveEgfr(baseline.Egfr);
            facts.AddRange(baselinePaths);
            var followUps = ImmutableArray.CreateBuilder<RenalMeasurement>();
            foreach (var (on, measurement, paths) in measurements)
            {
                // A follow-up whose change from a baseline near 0 cannot be computed is not comparable (the instrument
                // would reject it); nor is an eGFR that cannot be expressed as a percentage of the baseline eGFR.
                if (on > course.Start && on <= end && measurement.Proteinuria!.Value.IsRatio == baselineProtein.IsRatio
                    && NephritisResponseInstrument.CanCompare(baselineProtein, measurement.Proteinuria!.Value))
                {
                    followUps.Add(baselineEgfr is { } b && measurement.Egfr is { } e && !Decimals.CanDivide(e.Value, b.Value)
                        ? measurement with { Egfr = null }
                        : measurement);
                    facts.AddRange(paths);
                }
            }

            var input = new NephritisResponseInput { TreatmentStart = course.Start, Baseline = baseline with { Egfr = baselineEgfr }, FollowUps = followUps.ToImmutable() };
            if (followUps.Count > 0)
            {
                response = NephritisResponse.Compute(input, renal);
                assessedOn = response.AssessedOn ?? end;
            }
        }

        var category = response?.Response;
        var classification = StoppedFor(course, category switch
        {
            NephritisResponseCategory.Complete => TherapyOutcome.Response,
            NephritisResponseCategory.Partial => TherapyOutcome.PartialResponse,
            NephritisResponseCategory.NoResponse => TherapyOutcome.PrimaryNonResponse,
            NephritisResponseCategory.TooEarly => TherapyOutcome.TooEarly,
            _ => TherapyOutcome.Unknown,
        });
        var detail = new CourseClassificationDetail
        {
            Course = path,
            Response = classification,
            Renal = true,
            Months = months,
            MinimumMonths = renal.ResponseAssessmentMonths,
            Dose = dose,
            Adherence = ToCourseAdherence(adherence.Status),
            RenalResponse = category,
        };
        return new ClassifiedCourse(course, path, detail, adherence, facts.ToImmutable(), [], assessedOn);
    }

    // A stop reason is the treating clinician's judgement of the course and overrides what the activity data alone
    // would say: stopped for an adverse event is intolerance; stopped for inefficacy is a non-response when the data
    // could not judge the course (too early, or no measurement), and a loss of response after a response.
    private static TherapyOutcome StoppedFor(TherapyCourse course, TherapyOutcome byData) => course.StopReason switch
    {
        StopReason.AdverseEvent => TherapyOutcome.Intolerance,
        StopReason.Inefficacy => byData switch
        {
            TherapyOutcome.TooEarly or TherapyOutcome.Unknown => TherapyOutcome.PrimaryNonResponse,
            TherapyOutcome.Response => TherapyOutcome.SecondaryLossOfResponse,
            _ => byData,
        },
        _ => byData,
    };

    private static ClassifiedCourse ByActivity(
        TherapyCourse course, string path, DateOnly end, int months, TreatmentTrialDefinitions trial,
        ImmutableArray<RefractoryVisit> visits, AdherenceEvidence adherence, DoseAdequacy dose)
    {
        // The baseline is the latest visit on or before the start day, within the baseline window; visits after the
        // start day up to the end of the course's effect are on treatment (a visit on the start day is the baseline).
        // Two passes over the visits, without a list of them: the baseline and the count first, then the visits on
        // treatment in order (whether each responded depends on the baseline).
        RefractoryVisit? baseline = null;
        var count = 0;
        var earliest = course.Start.AddDays(-trial.BaselineWindowDays);
        foreach (var visit in visits)
        {
            if (visit.On <= course.Start)
            {
                baseline = visit.On >= earliest ? visit : baseline;
            }
            else if (visit.On <= end)
            {
                count++;
            }
        }

        int? baselineTotal = baseline?.Total;
        var adequateFrom = course.Start.AddMonths(trial.MinimumTrialMonths);
        var facts = new string[(baseline is null ? 0 : 1) + count];
        var f = 0;
        if (baseline is not null)
        {
            facts[f++] = baseline.Path;
        }

        RefractoryVisit? latest = null;
        DateOnly? respondedOn = null;
        var lost = false;
        var lowest = int.MaxValue;
        foreach (var visit in visits)
        {
            if (visit.On <= course.Start || visit.On > end)
            {
                continue;
            }

            facts[f++] = visit.Path;
            latest = visit;
            lowest = Math.Min(lowest, visit.Total);
            var responded = visit.Total <= trial.SledaiResponseLevel
                || (baselineTotal is { } b && b - visit.Total >= trial.SledaiResponseDecrease);
            if (respondedOn is null)
            {
                respondedOn = responded ? visit.On : null;
            }
            else
            {
                lost |= !responded;
            }
        }

        TherapyOutcome classification;
        if (respondedOn is { } on)
        {
            var escalated = DoseRoseAfter(course, on);
            classification = lost || escalated ? TherapyOutcome.SecondaryLossOfResponse : TherapyOutcome.Response;
        }
        else if (latest is null || latest.On < adequateFrom)
        {
            classification = end < adequateFrom ? TherapyOutcome.TooEarly : latest is null ? TherapyOutcome.Unknown : TherapyOutcome.TooEarly;
        }
        else if (baselineTotal is { } b && b - latest.Total >= trial.SledaiPartialResponseDecrease)
        {
            classification = TherapyOutcome.PartialResponse;
        }
        else
        {
            classification = TherapyOutcome.PrimaryNonResponse;
        }

        classification = StoppedFor(course, classification);

        ImmutableArray<AppliedThreshold> thresholds;
        if (latest is null)
        {
            thresholds = [];
        }
        else
        {
            var applied = new AppliedThreshold[baselineTotal is null ? 1 : 2];
            applied[0] = new AppliedThreshold
            {
                Name = "SLEDAI-2K at the latest visit of the course (response level)",
                Operator = ComparisonOperator.LessThanOrEqual,
                Limit = trial.SledaiResponseLevel,
                Observed = latest.Total,
            };
            if (baselineTotal is { } bt)
            {
                applied[1] = new AppliedThreshold
                {
                    Name = "SLEDAI-2K fall from baseline (SRI-4 component)",
                    Operator = ComparisonOperator.GreaterThanOrEqual,
                    Limit = trial.SledaiResponseDecrease,
                    Observed = bt - latest.Total,
                };
            }

            thresholds = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(applied);
        }

        var detail = new CourseClassificationDetail
        {
            Course = path,
            Response = classification,
            Months = months,
            MinimumMonths = trial.MinimumTrialMonths,
            Dose = dose,
            Adherence = ToCourseAdherence(adherence.Status),
            BaselineSledai = baselineTotal,
            LowestSledai = latest is null ? null : lowest,
            LatestSledai = latest?.Total,
        };
        return new ClassifiedCourse(course, path, detail, adherence, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(facts), thresholds, latest?.On ?? end);
    }

    /// <summary>
    /// The last day a course's effect is judged on. For most therapies, the course's end (or the evaluation date while
    /// it runs). B-cell depletion, cellular therapy and transplant act long after the last administration (a rituximab
    /// cycle is two infusions two weeks apart), so their window runs until the next course of the same therapy, or
    /// the evaluation date.
    /// </summary>
    private static DateOnly EffectEnd(PatientProfile patient, TherapyCourse course, DateOnly asOf)
    {
        var lasting = course.Class == TherapyClass.AntiCd20 || course.Class == TherapyClass.CellularTherapy || course.Class == TherapyClass.StemCellTransplant;
        if (!lasting)
        {
            return course.End is { } e && e < asOf ? e : asOf;
        }

        var next = asOf;
        foreach (var other in patient.Therapies)
        {
            if (other.Therapy == course.Therapy && other.Start > course.Start && other.Start.AddDays(-1) < next)
            {
                next = other.Start.AddDays(-1);
            }
        }

        return next;
    }

    private static bool DoseRoseAfter(TherapyCourse course, DateOnly after)
    {
        var before = course.RegimenOn(after);
        if (before is null || before.Administrations <= 0 || before.IntervalDays <= 0)
        {
            return false;
        }

        foreach (var change in course.DoseChanges)
        {
            if (change.On > after && change.Regimen.Administrations > 0 && change.Regimen.IntervalDays > 0
                && change.Regimen.Dose.IsWeightBased == before.Dose.IsWeightBased
                && change.Regimen.AverageDailyDose() > before.AverageDailyDose())
            {
                return true;
            }
        }

        return false;
    }

    private static DoseAdequacy DoseOf(TherapyCourse course, TreatmentTrialDefinitions trial, bool renal)
    {
        if (!renal || course.Regimen is not { } regimen || regimen.Dose.IsWeightBased || regimen.Administrations <= 0 || regimen.IntervalDays <= 0)
        {
            return DoseAdequacy.NotAssessed;
        }

        if (course.Therapy == TherapyId.MycophenolateMofetil)
        {
            return regimen.AverageDailyDose().ToMilligrams().Value >= trial.MycophenolateMofetilMinimumMilligramsPerDay
                ? DoseAdequacy.Adequate
                : DoseAdequacy.Inadequate;
        }

        if (course.Therapy == TherapyId.Cyclophosphamide)
        {
            // Pulses further apart than the low-dose regimen's may be the high-dose monthly regimen (an EULAR/ERA-EDTA
            // 2019 alternative, dosed by body surface area): not judged, rather than called inadequate.
            if (regimen.IntervalDays > trial.LowDoseCyclophosphamideIntervalDays)
            {
                return DoseAdequacy.NotAssessed;
            }

            return regimen.Dose.ToMilligrams().Value >= trial.LowDoseCyclophosphamideMilligrams
                ? DoseAdequacy.Adequate
                : DoseAdequacy.Inadequate;
        }

        return DoseAdequacy.NotAssessed;
    }

    /// <summary>
    /// Renal measurements by date, up to the evaluation date: proteinuria (UPCR or 24-hour protein) paired with an eGFR
    /// of the same date when there is one. An eGFR the nephritis response instrument cannot read (not in
    /// mL/min/1.73 m², above 250) is left out; on a date with several values the last recorded counts.
    /// </summary>
    private static List<(DateOnly On, RenalMeasurement Measurement, string[] Paths)> RenalMeasurements(PatientProfile patient, DateOnly asOf)
    {
        var byDate = new SortedDictionary<DateOnly, (Proteinuria? Protein, Quantity? Egfr, List<string> Paths)>();
        for (var i = 0; i < patient.Observations.Length; i++)
        {
            var observation = patient.Observations[i];
            if (observation.On > asOf || observation.Code.CodeSystem != CodeSystem.Loinc)
            {
                continue;
            }

            var isProtein = Array.IndexOf(ProteinuriaCodes, observation.Code.Code) >= 0;
            var isEgfr = Array.IndexOf(EgfrCodes, observation.Code.Code) >= 0;
            Proteinuria protein = default;
            if (!(isProtein && Proteinuria.TryCreate(observation.Value.Value, observation.Value.Unit, out protein))
                && !(isEgfr && observation.Value.Unit == QuantityUnit.MilliliterPerMinutePer1_73SquareMeter
                    && observation.Value.Value is >= 0m and <= NephritisResponseInstrument.MaxEgfr))
            {
                continue;
            }

            var entry = byDate.TryGetValue(observation.On, out var found) ? found : (null, null, new List<string>());
            if (isProtein)
            {
                entry.Protein = protein;
            }
            else
            {
                entry.Egfr = observation.Value;
            }

            entry.Paths.Add(ProfilePaths.Observation(i));
            byDate[observation.On] = entry;
        }

        var measurements = new List<(DateOnly, RenalMeasurement, string[])>(byDate.Count);
        foreach (var (on, entry) in byDate)
        {
            if (entry.Protein is not null)
            {
                measurements.Add((on, new RenalMeasurement { On = on, Proteinuria = entry.Protein, Egfr = entry.Egfr }, [.. entry.Paths]));
            }
        }

        return measurements;
    }

    // A baseline eGFR must be positive for the instrument (it divides by it).
    private static Quantity? PositiveEgfr(Quantity? egfr) => egfr is { Value: > 0m } ? egfr : null;

    private static int WholeMonths(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        return Math.Max(0, start.AddMonths(months) > end ? months - 1 : months);
    }

    private static CourseAdherence ToCourseAdherence(AdherenceStatus status) => status switch
    {
        AdherenceStatus.Adherent => CourseAdherence.Adherent,
        AdherenceStatus.NonAdherent => CourseAdherence.NonAdherent,
        _ => CourseAdherence.Unknown,
    };
}
