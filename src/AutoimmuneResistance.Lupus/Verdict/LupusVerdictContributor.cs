using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Turns the lupus findings into verdicts (see <c>docs/verdict.md</c>): one <see cref="TherapyVerdict"/> per
/// non-glucocorticoid therapy, judged across its courses by <see cref="TherapyHistories"/>; a renal
/// <see cref="DomainVerdict"/> under refractory lupus nephritis (Arora 2022) for patients with nephritis and a systemic
/// one under the APLC severe refractory SLE pilot definition (Kandane-Rathnayake 2025) when SLEDAI-2K visits exist; and
/// the patient-level mechanisms (glucocorticoid dependence, not at target, high disease activity, escalating
/// glucocorticoid need, organ-confined activity) as explanations.
/// </summary>
/// <remarks>
/// <para>
/// A therapy's verdict is decided by the finding of its deciding course (<c>sle.treatment-response</c>), or by the
/// across-courses finding when a response to an earlier course was followed by none to a later one. It is explained by
/// every other lupus finding about the same therapy (non-adherence, smoking and antimalarials, pharmacogenomics,
/// anti-rituximab antibodies, B-cell depletion and repopulation), grouped by mechanism.
/// </para>
/// <para>
/// Options are offered for a therapy that failed (primary or secondary) unless non-adherence explains the failure or a
/// therapy started later in the same setting responded since, and for a refractory definition that is met, ranked by
/// <see cref="LupusOptions"/>: the renal list when the therapy was judged as lupus nephritis induction or the definition
/// is renal, the extra-renal list otherwise.
/// </para>
/// </remarks>
internal sealed class LupusVerdictContributor : IVerdictContributor
{
    private static readonly EvaluatorId TreatmentResponse = EvaluatorId.Create("sle.treatment-response");
    private static readonly EvaluatorId RefractoryNephritisEvaluatorId = EvaluatorId.Create("sle.refractory-lupus-nephritis");

    // The titles of the module's own mechanisms, so the links carry them and the pipeline need not copy them to fill in.
    private static readonly FrozenDictionary<MechanismId, string> Titles =
        LupusMechanisms.All.Concat(RefractoryDefinitionsEvaluator.Mechanisms).ToFrozenDictionary(m => m.Id, m => m.Title);

    /// <inheritdoc/>
    public DiseaseId Disease => LupusIds.Sle;

    /// <inheritdoc/>
    public void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict)
    {
        foreach (var therapy in TherapyHistories.Of(context))
        {
            verdict.Add(Judge(context, therapy, findings));
        }

        foreach (var finding in findings)
        {
            if (finding.Evaluator == RefractoryNephritisEvaluatorId)
            {
                verdict.Add(RefractoryNephritis(context, finding));
            }
            else if (finding.Rule == RefractoryDefinitionsEvaluator.SevereRefractoryPilot)
            {
                verdict.Add(SevereRefractory(context, finding));
            }
        }

        Explain(findings, verdict);
    }

    private static TherapyVerdict Judge(EvaluationContext context, JudgedTherapy therapy, IReadOnlyList<Finding> findings)
    {
        var name = TherapyHistories.Name(context, therapy.Therapy);
        var courses = ImmutableArray.CreateBuilder<CourseOutcome>(therapy.Courses.Length);
        string? decidedBy = null;
        foreach (var course in therapy.Courses)
        {
            var id = CourseFindingId(findings, course.Path);
            courses.Add(new CourseOutcome { Course = course.Path, Start = course.Course.Start, End = course.Course.End, Outcome = course.Detail.Response, Finding = id });
            if (course == therapy.DecidingCourse)
            {
                decidedBy = id;
            }
        }

        if (therapy.AcrossCourses)
        {
            decidedBy = AcrossCoursesFindingId(findings, therapy.Therapy) ?? decidedBy;
        }

        var explainedBy = Explanations(findings, therapy.Therapy, therapy.DecidingCourse.Adherence.Facts);
        var resistance = therapy.Resistance;
        var renal = therapy.DecidingCourse.Detail.Renal;
        var options = therapy.Failed && therapy.ReportedOutcome != TherapyOutcome.NonAdherence && !Superseded(context, therapy, renal)
            ? LupusOptions.For(
                context,
                renal ? TreatmentOptionsSetting.Renal : TreatmentOptionsSetting.NonRenal,
                therapy.Therapy == TherapyId.Rituximab && explainedBy.Any(l => l.Mechanism == LupusMechanisms.AntiDrugAntibodies && l.Status == FindingStatus.Supported))
            : [];
        return new TherapyVerdict
        {
            Therapy = therapy.Therapy,
            Name = name,
            Disease = LupusIds.Sle,
            Outcome = therapy.ReportedOutcome,
            Resistance = resistance,
            Statement = Statement(context, therapy, name),
            Courses = courses.MoveToImmutable(),
            Findings = decidedBy is null ? [] : [decidedBy],
            ExplainedBy = explainedBy,
            Options = options,
        };
    }

    // A failure is history once a therapy started later in the same setting (renal or extra-renal) responded: the
    // options it would raise are no longer the question.
    private static bool Superseded(EvaluationContext context, JudgedTherapy therapy, bool renal)
    {
        var failedFrom = therapy.DecidingCourse.Course.Start;
        foreach (var course in CourseClassifier.Classify(context))
        {
            if (course.Course.Therapy != therapy.Therapy && course.Detail.Renal == renal && course.Course.Start > failedFrom
                && course.Detail.Response is TherapyOutcome.Response or TherapyOutcome.PartialResponse)
            {
                return true;
            }
        }

        return false;
    }

    // "Hydroxychloroquine: no response (SLEDAI-2K 10 on 2023-07-14, no baseline visit), but whether it is taken was
    // never checked."
    private static string Statement(EvaluationContext context, JudgedTherapy therapy, string name)
    {
        var deciding = therapy.DecidingCourse;
        var text = SummaryBuilder.Rent();
        text.Append(name).Append(": ");
        switch (therapy.Outcome)
        {
            case TherapyOutcome.Response:
                TreatmentResponseEvaluator.AppendEvidence(text.Append("responded ("), deciding).Append(')');
                break;
            case TherapyOutcome.PartialResponse:
                TreatmentResponseEvaluator.AppendEvidence(text.Append("partial response ("), deciding).Append(')');
                break;
            case TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse:
                if (therapy.AcrossCourses)
                {
                    text.Append(CultureInfo.InvariantCulture, $"responded to the course from {therapy.Courses[therapy.RespondedBefore].Course.Start:O}, then not to the course from {deciding.Course.Start:O} (");
                }
                else
                {
                    text.Append(
                        therapy.Outcome == TherapyOutcome.PrimaryNonResponse ? "no response ("
                        : deciding.Detail.SecondaryNonDepletion ? "no response at retreatment ("
                        : "responded, then lost the response (");
                }

                TreatmentResponseEvaluator.AppendEvidence(text, deciding).Append(')');
                switch (deciding.Adherence.Status)
                {
                    case AdherenceStatus.NonAdherent:
                        text.Append(", explained by non-adherence (").Append(HowNot(deciding)).Append(')');
                        break;
                    case var _ when therapy.Outcome == TherapyOutcome.PrimaryNonResponse && deciding.Detail.Dose == DoseAdequacy.Inadequate:
                        text.Append(", but at a dose below the cited induction dose");
                        break;
                    case AdherenceStatus.Adherent:
                        text.Append(", taken as prescribed (").Append(How(deciding.Adherence)).Append(')');
                        break;
                    default:
                        text.Append(", but whether it is taken was never checked");
                        break;
                }

                break;
            case TherapyOutcome.Intolerance:
                text.Append("stopped for an adverse event (intolerance, not resistance)");
                break;
            case TherapyOutcome.TooEarly:
                text.Append(CultureInfo.InvariantCulture, $"too early to judge ({deciding.Detail.Months} of {deciding.Detail.MinimumMonths} months)");
                break;
            default:
                text.Append(deciding.Detail.Renal ? "no proteinuria measurement to judge the renal response" : "no SLEDAI-2K assessment during the course to judge it");
                break;
        }

        return SummaryBuilder.Return(text.Append('.'));
    }

    // How adherence was shown, in a few words.
    private static string How(AdherenceEvidence adherence)
    {
        if (adherence.ByAdministration)
        {
            return "given in clinic";
        }

        var level = false;
        var refills = false;
        foreach (var fact in adherence.Facts)
        {
            level |= fact.StartsWith("$.drugLevels", StringComparison.Ordinal);
            refills |= fact.StartsWith("$.refillAdherence", StringComparison.Ordinal);
        }

        return level && refills ? "hydroxychloroquine levels and refills" : level ? "hydroxychloroquine levels" : "refills";
    }

    // What showed the non-adherence, in a few words (the course finding gives every level and refill).
    private static string HowNot(ClassifiedCourse course) => course.Adherence.Worst switch
    {
        NonAdherenceSign.Stopped => "stopped for non-adherence",
        NonAdherenceSign.UndetectableLevel => "an undetectable hydroxychloroquine level",
        NonAdherenceSign.SevereLevel => "hydroxychloroquine levels in the severe non-adherence range",
        NonAdherenceSign.LowLevel => "hydroxychloroquine levels below the non-adherence threshold",
        _ => RefillsBelow,
    };

    private static readonly string RefillsBelow = string.Create(CultureInfo.InvariantCulture, $"refills covering fewer than {AdherenceAssessment.ProportionOfDaysCoveredThreshold:0.##} % of days");

    // Every other lupus finding about the therapy, grouped by mechanism: supported when any finding supports it,
    // otherwise unknown when any is unknown, otherwise not supported. A non-adherence finding about another drug whose
    // levels were read as the adherence marker of the deciding course (a hydroxychloroquine level during a
    // mycophenolate course) explains this therapy too.
    private static ImmutableArray<MechanismLink> Explanations(IReadOnlyList<Finding> findings, TherapyId therapy, ImmutableArray<string> adherenceFacts)
    {
        // Mechanisms in the order first seen; no closure or tuple list per finding (this runs once per therapy over
        // every finding of the assessment).
        MechanismId[]? mechanisms = null;
        FindingStatus[]? statuses = null;
        ImmutableArray<string>.Builder[]? ids = null;
        var count = 0;
        for (var f = 0; f < findings.Count; f++)
        {
            var finding = findings[f];
            if (finding.Evaluator == TreatmentResponse || finding.Id is not { } id
                || (finding.Therapy != therapy && !(finding.Mechanism == LupusMechanisms.NonAdherence && Overlaps(finding.Facts, adherenceFacts))))
            {
                continue;
            }

            if (mechanisms is null)
            {
                mechanisms = new MechanismId[4];
                statuses = new FindingStatus[4];
                ids = new ImmutableArray<string>.Builder[4];
            }

            var index = Array.IndexOf(mechanisms, finding.Mechanism, 0, count);
            if (index < 0)
            {
                if (count == mechanisms.Length)
                {
                    Array.Resize(ref mechanisms, count * 2);
                    Array.Resize(ref statuses, count * 2);
                    Array.Resize(ref ids, count * 2);
                }

                var builder = ImmutableArray.CreateBuilder<string>();
                builder.Add(id);
                (mechanisms[count], statuses![count], ids![count]) = (finding.Mechanism, finding.Status, builder);
                count++;
            }
            else
            {
                ids![index].Add(id);
                statuses![index] = Stronger(statuses[index], finding.Status);
            }
        }

        if (count == 0)
        {
            return [];
        }

        var result = new MechanismLink[count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new MechanismLink { Mechanism = mechanisms![i], Title = Titles.GetValueOrDefault(mechanisms[i]), Status = statuses![i], Findings = ids![i].ToImmutable() };
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static bool Overlaps(ImmutableArray<string> facts, ImmutableArray<string> others)
    {
        foreach (var fact in facts)
        {
            if (others.Contains(fact))
            {
                return true;
            }
        }

        return false;
    }

    private static FindingStatus Stronger(FindingStatus a, FindingStatus b) =>
        a == FindingStatus.Supported || b == FindingStatus.Supported ? FindingStatus.Supported
        : a == FindingStatus.Unknown || b == FindingStatus.Unknown ? FindingStatus.Unknown
        : FindingStatus.NotSupported;

    private static DomainVerdict RefractoryNephritis(EvaluationContext context, Finding finding)
    {
        var renal = RenalInductions.Of(context);
        var failed = ImmutableArray.CreateBuilder<TherapyId>();
        if (renal is not null)
        {
            foreach (var index in renal.Refractory.DecidedBy)
            {
                var therapy = renal.Courses[index].Course.Therapy;
                if (!failed.Contains(therapy))
                {
                    failed.Add(therapy);
                }
            }
        }

        var answer = Answer(finding.Status);
        var names = failed.Select(t => ClinicalProse.InSentence(TherapyHistories.Name(context, t))).ToList();
        var statement = finding.Status switch
        {
            FindingStatus.Supported => RefractoryStatement(names)
                .Append(CultureInfo.InvariantCulture, $", {names.Count} different standard induction regimens, each assessed after at least {renal!.Definitions.RefractoryMinimumCourseMonths} months in an adherent patient (Arora 2022).").ToString(),
            FindingStatus.NotSupported => "Refractory lupus nephritis (Arora 2022) is not met: fewer than two different standard induction regimens failed in an adherent patient.",
            _ => "Refractory lupus nephritis (Arora 2022) cannot be decided yet: an induction course lacks its renal response or adherence evidence.",
        };
        return new DomainVerdict
        {
            Domain = OrganDomain.Renal,
            Disease = LupusIds.Sle,
            Definition = "refractory lupus nephritis (Arora 2022)",
            Answer = answer,
            Statement = statement,
            Therapies = failed.ToImmutable(),
            Findings = [finding.Id!],
            Options = answer == ResistanceAnswer.Shown ? LupusOptions.For(context, TreatmentOptionsSetting.Renal, antiRituximabAntibodies: false) : [],
        };
    }

    private static DomainVerdict SevereRefractory(EvaluationContext context, Finding finding)
    {
        var answer = Answer(finding.Status);
        return new DomainVerdict
        {
            Domain = OrganDomain.Systemic,
            Disease = LupusIds.Sle,
            Definition = "severe refractory SLE (APLC pilot definition, 2025)",
            Answer = answer,
            Statement = finding.Status switch
            {
                FindingStatus.Supported => "Severe refractory SLE (APLC pilot definition): high activity at two consecutive visits despite glucocorticoids and an immunosuppressant.",
                FindingStatus.NotSupported => "Severe refractory SLE (APLC pilot definition) is not met.",
                _ => "Severe refractory SLE (APLC pilot definition) cannot be decided: the visit before the first qualifying one is not recorded.",
            },
            Findings = [finding.Id!],
            Options = answer == ResistanceAnswer.Shown ? LupusOptions.For(context, TreatmentOptionsSetting.NonRenal, antiRituximabAntibodies: false) : [],
        };
    }

    private static ResistanceAnswer Answer(FindingStatus status) => status switch
    {
        FindingStatus.Supported => ResistanceAnswer.Shown,
        FindingStatus.NotSupported => ResistanceAnswer.NotShown,
        _ => ResistanceAnswer.CannotTellYet,
    };

    // The patient-level picture, in the order a clinician weighs it; each supported finding gets a short statement.
    private static void Explain(IReadOnlyList<Finding> findings, VerdictBuilder verdict)
    {
        foreach (var rule in (ReadOnlySpan<RuleId>)[
            GlucocorticoidEvaluator.Dependence,
            RefractoryDefinitionsEvaluator.NotAtTargetRule,
            RefractoryDefinitionsEvaluator.HighDiseaseActivityStatus,
            GlucocorticoidEvaluator.Escalation,
            GlucocorticoidEvaluator.MaintenanceTargetMissed,
            OrganConfinedActivityEvaluator.Confined])
        {
            foreach (var finding in findings)
            {
                if (finding.Rule == rule && finding.Id is { } id)
                {
                    verdict.Explain(new MechanismLink
                    {
                        Mechanism = finding.Mechanism,
                        Title = Titles.GetValueOrDefault(finding.Mechanism),
                        Status = finding.Status,
                        Findings = [id],
                        Statement = finding.Status == FindingStatus.Supported ? Statement(finding) : null,
                    });
                }
            }
        }
    }

    private static string? Statement(Finding finding)
    {
        if (finding.Rule == GlucocorticoidEvaluator.Dependence)
        {
            return "glucocorticoid dependence (the prednisone-equivalent dose could not be tapered to the EULAR 2023 maintenance target)";
        }

        if (finding.Rule == RefractoryDefinitionsEvaluator.NotAtTargetRule && finding.Timeline is { } visits)
        {
            return string.Create(CultureInfo.InvariantCulture, $"neither in LLDAS nor in DORIS remission at {visits.MetCount} of {visits.Points.Length} SLEDAI-2K visits");
        }

        if (finding.Rule == RefractoryDefinitionsEvaluator.HighDiseaseActivityStatus && finding.Thresholds.Length == 1 && finding.On is { } on)
        {
            return string.Create(CultureInfo.InvariantCulture, $"High Disease Activity Status (SLEDAI-2K {finding.Thresholds[0].Observed} on {on:O})");
        }

        if (finding.Rule == GlucocorticoidEvaluator.Escalation)
        {
            return "escalating glucocorticoid need (the dose rose again after a taper on the same background therapy)";
        }

        if (finding.Rule == GlucocorticoidEvaluator.MaintenanceTargetMissed && finding.Timeline is { } doses)
        {
            return string.Create(CultureInfo.InvariantCulture, $"prednisone-equivalent above the EULAR 2023 maintenance target at {doses.MetCount} of {doses.Points.Length} visits");
        }

        return finding.Rule == OrganConfinedActivityEvaluator.Confined ? "activity confined to one organ system" : null;
    }

    private static string? CourseFindingId(IReadOnlyList<Finding> findings, string course)
    {
        foreach (var finding in findings)
        {
            if (finding.Evaluator == TreatmentResponse && finding.Course == course)
            {
                return finding.Id;
            }
        }

        return null;
    }

    private static string? AcrossCoursesFindingId(IReadOnlyList<Finding> findings, TherapyId therapy)
    {
        foreach (var finding in findings)
        {
            if (finding.Rule == TreatmentResponseEvaluator.LostAcrossCourses && finding.Therapy == therapy)
            {
                return finding.Id;
            }
        }

        return null;
    }

    private static StringBuilder RefractoryStatement(IReadOnlyList<string> names)
    {
        var text = new StringBuilder("Refractory lupus nephritis: no renal response to ");
        ClinicalProse.AppendList(text, names, lowerFirst: false);
        return text;
    }
}
