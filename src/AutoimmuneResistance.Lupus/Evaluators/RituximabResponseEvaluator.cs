using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// B-cell biology after rituximab (seed claims L4 and L5): anti-rituximab antibodies, which caused secondary
/// non-depletion non-response at retreatment; incomplete B-cell depletion, which lowered the odds of a major response
/// (Md Yusof MY et al. Ann Rheum Dis 2017;76(11):1829-36, doi:10.1136/annrheumdis-2017-211191: depletion at 6 weeks
/// OR 3.22 for major response; all tested patients with secondary non-depletion non-response had anti-rituximab
/// antibodies, and a humanised anti-CD20 restored depletion in 5 of 5); and B-cell repopulation after complete
/// depletion.
/// </summary>
/// <remarks>
/// <para>
/// Depletion and repopulation are read from the <see cref="BCellDepletion"/> results dated on or after the start of the
/// latest rituximab course (and not after the evaluation date), in date order; the laboratory's
/// <see cref="BCellDepletion.Complete"/> classification decides, because depletion thresholds depend on the assay. A
/// course with any complete result reached depletion; a later result that is no longer complete is repopulation. In
/// LUNAR (Gomez Mendez LM et al. Clin J Am Soc Nephrol 2018;13(10):1502-9, doi:10.2215/CJN.01070118) complete
/// peripheral depletion (0 cells/µL) was reached by 53 of 68 patients, after a median 182 days (IQR 80-339), lasted a
/// median 71 days (IQR 14-158), and went with complete renal response at week 78 (47 % versus 13 %; unadjusted OR 5.8).
/// </para>
/// <para>
/// Repopulation is dated against the early-repopulation window of the selected
/// <see cref="RituximabRepopulationDefinitions"/> (default 12 calendar months from the course start, UNCONFIRMED: the
/// grouping of a University College London cohort, Dias S, Rodriguez V, Nguyen H, Pericleous C, Isenberg DA, ACR 2013
/// abstract 1573, https://acrabstracts.org/?p=4146, in whose cohort a longer depletion went with a better outcome).
/// Early when the first non-depleted result is dated inside the window; at least the window long when the last
/// depleted result is dated at or after its end; otherwise the window cannot be decided and repopulation is reported
/// without it.
/// </para>
/// </remarks>
internal sealed class RituximabResponseEvaluator() : LupusEvaluator(
    "sle.rituximab-response",
    "Anti-rituximab antibodies, B-cell depletion and repopulation",
    [LupusMechanisms.AntiDrugAntibodies, LupusMechanisms.IncompleteBCellDepletion, LupusMechanisms.BCellRepopulation],
    [LupusSources.MdYusofRituximab, LupusSources.GomezMendezLunar, LupusSources.DiasDepletionDuration])
{
    private static readonly RuleId AntibodiesPresent = RuleId.Create("sle.rituximab.anti-drug-antibodies.present");
    private static readonly RuleId AntibodiesAbsent = RuleId.Create("sle.rituximab.anti-drug-antibodies.absent");
    private static readonly RuleId AntibodiesUntested = RuleId.Create("sle.rituximab.anti-drug-antibodies.untested");
    private static readonly RuleId DepletionIncomplete = RuleId.Create("sle.rituximab.depletion.incomplete");
    private static readonly RuleId DepletionComplete = RuleId.Create("sle.rituximab.depletion.complete");
    private static readonly RuleId DepletionUnmeasured = RuleId.Create("sle.rituximab.depletion.unmeasured");
    private static readonly RuleId RepopulationEarly = RuleId.Create("sle.rituximab.repopulation.early");
    private static readonly RuleId RepopulationObserved = RuleId.Create("sle.rituximab.repopulation.observed");
    private static readonly RuleId RepopulationNone = RuleId.Create("sle.rituximab.repopulation.still-depleted");
    private static readonly RuleId RepopulationUnmeasured = RuleId.Create("sle.rituximab.repopulation.unmeasured");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        var courses = ProfileQueries.Courses(patient, TherapyId.Rituximab, context.AsOf);
        if (courses.Count == 0)
        {
            return;
        }

        ImmutableArray<Citation> citations = [LupusSources.MdYusofRituximab];
        var (latest, latestPath) = courses[^1];

        // Antibodies matter at retreatment, when a course stopped for inefficacy or an infusion-type adverse event, or
        // when an infusion reaction was recorded (the marker of secondary non-depletion non-response in Md Yusof 2017).
        var antibodyQuestion = courses.Count > 1
            || courses.Any(c => c.Course.StopReason is StopReason.Inefficacy or StopReason.AdverseEvent || c.Course.Administered.Any(a => a.Reaction));
        if (antibodyQuestion)
        {
            var results = patient.AntiDrugAntibodies
                .Select((r, i) => (Result: r, Path: ProfilePaths.Element(ProfilePaths.AntiDrugAntibodies, i)))
                .Where(x => x.Result.Therapy == TherapyId.Rituximab && x.Result.On <= context.AsOf)
                .ToList();
            string[] facts = [.. courses.Select(c => c.Path), .. results.Select(r => r.Path)];
            var positive = results.Where(r => r.Result.Positive).ToList();
            output.Add(
                positive.Count > 0
                    ? new Finding(Id, LupusMechanisms.AntiDrugAntibodies, AntibodiesPresent, FindingStatus.Supported,
                        "Anti-rituximab antibodies were detected: retreatment may fail to deplete B cells; a humanised anti-CD20 restored depletion in the cited series.",
                        EvidenceGrade.Observational)
                    {
                        Therapy = TherapyId.Rituximab,
                        Facts = [.. facts],
                        Citations = citations,
                        On = positive[^1].Result.On,
                        Effects = [LupusEvidence.HumanisedAntiCd20AfterAntibodies],
                    }
                    : results.Count > 0
                        ? new Finding(Id, LupusMechanisms.AntiDrugAntibodies, AntibodiesAbsent, FindingStatus.NotSupported,
                            "Anti-rituximab antibodies were not detected.",
                            EvidenceGrade.Observational)
                        {
                            Therapy = TherapyId.Rituximab,
                            Facts = [.. facts],
                            Citations = citations,
                        }
                        : new Finding(Id, LupusMechanisms.AntiDrugAntibodies, AntibodiesUntested, FindingStatus.Unknown,
                            "Rituximab was repeated or stopped early, and anti-rituximab antibodies were not tested.",
                            EvidenceGrade.Observational,
                            new DataGap { Datum = "anti-rituximab (anti-drug) antibody test", Path = "$.antiDrugAntibodies" })
                        {
                            Therapy = TherapyId.Rituximab,
                            Facts = [.. facts],
                            Citations = citations,
                        });
        }

        // Depletion after the latest course: reached when any result on or after its start is complete; otherwise the
        // latest result decides.
        var depletion = DepletionResults(patient, latest.Start, context.AsOf);
        var firstComplete = depletion.FindIndex(r => r.Result.Complete);
        if (firstComplete >= 0)
        {
            var (depleted, depletedPath) = depletion[firstComplete];
            output.Add(new Finding(Id, LupusMechanisms.IncompleteBCellDepletion, DepletionComplete, FindingStatus.NotSupported,
                "B cells were completely depleted after the latest rituximab course.",
                EvidenceGrade.Observational)
            {
                Therapy = TherapyId.Rituximab,
                Facts = [latestPath, depletedPath],
                Citations = citations,
                On = depleted.On,
            });
            var definitions = context.Definitions.TryGet<RituximabRepopulationDefinitions>(out var selected) ? selected : RituximabRepopulationDefinitions.Default;
            ImmutableArray<Citation> repopulationCitations = [LupusSources.GomezMendezLunar, .. definitions.Sources.Where(c => c != LupusSources.GomezMendezLunar)];
            output.Add(Repopulation(latest, latestPath, depletion, firstComplete, definitions, repopulationCitations));
        }
        else if (depletion.Count > 0)
        {
            var (d, path) = depletion[^1];
            output.Add(new Finding(Id, LupusMechanisms.IncompleteBCellDepletion, DepletionIncomplete, FindingStatus.Supported,
                "B-cell depletion after the latest rituximab course was incomplete, which lowered the odds of a major response in the cited cohort.",
                EvidenceGrade.Observational)
            {
                Therapy = TherapyId.Rituximab,
                Facts = [latestPath, path],
                Citations = [.. citations, LupusSources.GomezMendezLunar],
                On = d.On,
                Effects = [LupusEvidence.RituximabDepletionAtSixWeeks, LupusEvidence.RituximabDepletionLunar],
            });
        }
        else
        {
            output.Add(new Finding(Id, LupusMechanisms.IncompleteBCellDepletion, DepletionUnmeasured, FindingStatus.Unknown,
                "B-cell depletion after the latest rituximab course was not measured.",
                EvidenceGrade.Observational,
                new DataGap { Datum = "highly sensitive peripheral B-cell count (flow cytometry) about 6 weeks after rituximab", Path = "$.assessments" })
            {
                Therapy = TherapyId.Rituximab,
                Facts = [latestPath],
                Citations = citations,
            });
        }
    }

    // Repopulation after the first complete result: the first later result that is not complete. Later results on the
    // first complete result's own date do not count as later.
    private Finding Repopulation(
        TherapyCourse latest,
        string latestPath,
        List<(BCellDepletion Result, string Path)> results,
        int firstComplete,
        RituximabRepopulationDefinitions definitions,
        ImmutableArray<Citation> citations)
    {
        var start = latest.Start;
        var depletedOn = results[firstComplete].Result.On;
        var lastDepleted = firstComplete;
        var returned = -1;
        for (var i = firstComplete + 1; i < results.Count; i++)
        {
            if (results[i].Result.On == depletedOn)
            {
                continue;
            }

            if (results[i].Result.Complete)
            {
                lastDepleted = i;
            }
            else
            {
                returned = i;
                break;
            }
        }

        var months = definitions.EarlyRepopulationMonths;
        var windowEnd = start.AddMonths(months);
        var windowDays = windowEnd.DayNumber - start.DayNumber;
        var (depleted, depletedPath) = results[lastDepleted];
        var depletedDays = depleted.On.DayNumber - start.DayNumber;
        if (returned >= 0)
        {
            var (back, backPath) = results[returned];
            var backDays = back.On.DayNumber - start.DayNumber;
            string[] facts = [latestPath, depletedPath, backPath];
            AppliedThreshold[] thresholds = months > 0
                ? [new AppliedThreshold { Name = Invariant($"days from the course start to the first result without complete depletion (early-repopulation window: {months} months = {windowDays} days)"), Operator = ComparisonOperator.LessThan, Limit = windowDays, Observed = backDays }]
                : [];
            if (months > 0 && back.On < windowEnd)
            {
                return new Finding(Id, LupusMechanisms.BCellRepopulation, RepopulationEarly, FindingStatus.Supported,
                    Invariant($"B cells returned after complete depletion: the result of {Date(back.On)}, {backDays} days after the start of the latest rituximab course, is no longer depleted, within the {months}-month early-repopulation window; a shorter depletion went with a poorer outcome in the cited cohort (window UNCONFIRMED)."),
                    EvidenceGrade.Observational)
                {
                    Therapy = TherapyId.Rituximab,
                    Facts = [.. facts],
                    Thresholds = [.. thresholds],
                    Citations = citations,
                    On = back.On,
                };
            }

            var timing = months == 0
                ? "no early-repopulation window is selected"
                : depleted.On >= windowEnd
                    ? Invariant($"depletion lasted at least the {months}-month window (still depleted on {Date(depleted.On)})")
                    : Invariant($"the last depleted result ({Date(depleted.On)}) falls inside the {months}-month window and the first non-depleted one after it, so whether B cells returned within it cannot be told");
            return new Finding(Id, LupusMechanisms.BCellRepopulation, RepopulationObserved, FindingStatus.Supported,
                Invariant($"B cells returned after complete depletion: the result of {Date(back.On)}, {backDays} days after the start of the latest rituximab course, is no longer depleted; {timing}."),
                EvidenceGrade.Observational)
            {
                Therapy = TherapyId.Rituximab,
                Facts = [.. facts],
                Thresholds = [.. thresholds],
                Citations = citations,
                On = back.On,
            };
        }

        if (lastDepleted > firstComplete)
        {
            AppliedThreshold[] thresholds = months > 0
                ? [new AppliedThreshold { Name = Invariant($"days from the course start to the latest result with complete depletion (early-repopulation window: {months} months = {windowDays} days)"), Operator = ComparisonOperator.GreaterThanOrEqual, Limit = windowDays, Observed = depletedDays }]
                : [];
            var length = months > 0 && depleted.On >= windowEnd
                ? Invariant($", at least the {months}-month window; a longer depletion went with a better outcome in the cited cohort (window UNCONFIRMED)")
                : string.Empty;
            return new Finding(Id, LupusMechanisms.BCellRepopulation, RepopulationNone, FindingStatus.NotSupported,
                Invariant($"B cells were still completely depleted at the latest result, {Date(depleted.On)}, {depletedDays} days after the start of the latest rituximab course{length}: no repopulation is recorded."),
                EvidenceGrade.Observational)
            {
                Therapy = TherapyId.Rituximab,
                Facts = [latestPath, results[firstComplete].Path, depletedPath],
                Thresholds = [.. thresholds],
                Citations = citations,
                On = depleted.On,
            };
        }

        return new Finding(Id, LupusMechanisms.BCellRepopulation, RepopulationUnmeasured, FindingStatus.Unknown,
            Invariant($"B cells were completely depleted after the latest rituximab course ({Date(depleted.On)}), and no later B-cell result shows whether they have returned."),
            EvidenceGrade.Observational,
            new DataGap { Datum = "peripheral B-cell count (flow cytometry) after the documented depletion", Path = "$.assessments" })
        {
            Therapy = TherapyId.Rituximab,
            Facts = [latestPath, depletedPath],
            Citations = citations,
            On = depleted.On,
        };
    }

    // The B-cell depletion results dated from the course start to the evaluation date, in date order (ties in profile order).
    private static List<(BCellDepletion Result, string Path)> DepletionResults(PatientProfile patient, DateOnly from, DateOnly asOf)
    {
        var found = new List<(BCellDepletion Result, string Path, int Index)>();
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            if (patient.Assessments[i] is BCellDepletion result && result.On >= from && result.On <= asOf)
            {
                found.Add((result, ProfilePaths.Assessment(i), i));
            }
        }

        found.Sort((a, b) => a.Result.On != b.Result.On ? a.Result.On.CompareTo(b.Result.On) : a.Index.CompareTo(b.Index));
        return [.. found.Select(f => (f.Result, f.Path))];
    }

    private static string Date(DateOnly on) => on.ToString("O", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
