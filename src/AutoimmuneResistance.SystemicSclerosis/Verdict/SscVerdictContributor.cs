using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using static AutoimmuneResistance.SystemicSclerosis.SscCourseReadings;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Turns the systemic sclerosis findings into verdicts (see <c>docs/verdict.md</c>). A therapy is judged on its lung and
/// its skin: one <see cref="TherapyVerdict"/> per non-glucocorticoid therapy. The lung: each course decided by the
/// progressive ILD finding under the selected <see cref="ProgressiveIldDefinitions"/> (INBUILD by default): progression
/// is a primary non-response (resistance shown, with the lung options of <see cref="SscOptions"/>), no progression a
/// response (not shown), an undecided definition unknown (cannot tell yet). The skin: each course decided by its skin
/// response finding under the selected <see cref="SkinResponseDefinitions"/>; a non-response after an earlier
/// responding course is a secondary loss of response; both need adherence shown, by refill records for a drug taken at
/// home or by administration in clinic for an infused one. The domain whose
/// answer weighs most decides the therapy's outcome; the skin is also an organ-domain verdict (progressive skin disease
/// despite adequate therapy). The patient-level explanations are the glucocorticoid renal crisis risk, the timing of
/// immunosuppression and the autoantibody phenotype, after the failure across mechanism classes and thiopurine
/// metabolism, which are also linked to the therapies they concern (<see cref="SequentialFailureVerdict"/>,
/// <see cref="ThiopurineVerdict"/>). The ACR CRISS over a course is read per therapy and combined with the lung and
/// skin by the same weighing (<see cref="CrissVerdict"/>).
/// </summary>
internal sealed class SscVerdictContributor : IVerdictContributor
{
    private static readonly FrozenDictionary<MechanismId, string> Titles = SscMechanisms.All.ToFrozenDictionary(m => m.Id, m => m.Title);

    /// <inheritdoc/>
    public DiseaseId Disease => SystemicSclerosisIds.Ssc;

    /// <inheritdoc/>
    public void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict)
    {
        var definitions = context.Definitions.TryGet<ProgressiveIldDefinitions>(out var selected) ? selected : ProgressiveIldDefinitions.Inbuild2019;
        var rule = ProgressiveIldEvaluator.RuleOf(definitions);
        var skin = SkinResponseEvaluator.Selected(context);
        var skinReads = new List<(TherapyId Therapy, SkinRead Read)>();
        var sequential = SequentialFailureVerdict.Find(findings);
        var linked = new List<TherapyVerdict>();
        var thiopurine = ThiopurineVerdict.Find(findings);
        foreach (var therapy in SscProfile.DiseaseModifyingCourses(context).GroupBy(c => c.Course.Therapy).OrderBy(g => g.Min(c => c.Course.Start)))
        {
            ImmutableArray<(TherapyCourse Course, string Path)> courses = [.. therapy.OrderBy(c => c.Course.Start)];
            var lung = Judge(context, therapy.Key, courses, findings, rule, definitions);
            var skinRead = ReadSkin(context, therapy.Key, courses, findings, skin);
            if (skinRead is not null)
            {
                skinReads.Add((therapy.Key, skinRead));
            }

            var organs = ActivityOnTherapyEvaluator.Link(
                WithDamageAndInterference(CrissVerdict.Combine(Combine(lung, skinRead), CrissVerdict.Read(context, therapy.Key, courses, findings)), lung, skinRead, findings, definitions),
                courses,
                findings);
            verdict.Add(ThiopurineVerdict.Link(SequentialFailureVerdict.Link(organs, courses, sequential, linked), thiopurine));
        }

        if (skinReads.Count > 0)
        {
            verdict.Add(WithSkinDamage(SkinDomain(context, skinReads, skin), findings));
        }

        SequentialFailureVerdict.Explain(verdict, sequential, linked);
        ThiopurineVerdict.Explain(verdict, thiopurine);
        foreach (var finding in findings)
        {
            if (finding.Id is { } id && finding.Rule != rule && finding.Mechanism != SscMechanisms.ProgressiveIldOnTherapy
                && finding.Mechanism != SscMechanisms.SequentialFailureAcrossClasses && finding.Mechanism != SscMechanisms.ThiopurineMetabolism
                && finding.Mechanism != SscMechanisms.ProgressiveSkinOnTherapy && finding.Mechanism != SscMechanisms.EstablishedDamage
                && finding.Mechanism != SscMechanisms.IntestinalInvolvement
                && finding.Mechanism != SscMechanisms.CrissNotImprovedOnTherapy && finding.Mechanism != SscMechanisms.ActivityPersistingOnTherapy
                && Titles.TryGetValue(finding.Mechanism, out var title))
            {
                verdict.Explain(new MechanismLink
                {
                    Mechanism = finding.Mechanism,
                    Title = title,
                    Status = finding.Status,
                    Findings = [id],
                    Statement = finding.Status == FindingStatus.Supported ? Statement(finding) : null,
                });
            }
        }
    }

    private static string Statement(Finding finding)
    {
        if (finding.Mechanism == SscMechanisms.GlucocorticoidRenalCrisisRisk)
        {
            var threshold = finding.Thresholds[0];
            return string.Create(CultureInfo.InvariantCulture, $"glucocorticoids at a dose associated with scleroderma renal crisis ({threshold.Observed:0.##} mg/day prednisone equivalent); tapering below {threshold.Limit:0.##} mg/day is for a clinician to consider");
        }

        if (finding.Mechanism == SscMechanisms.LateImmunosuppression)
        {
            return string.Create(CultureInfo.InvariantCulture, $"immunosuppression started {finding.Thresholds[0].Observed} months after the first non-Raynaud manifestation, after the early diffuse window");
        }

        if (finding.Mechanism == SscMechanisms.PulmonaryHypertension)
        {
            var mpap = finding.Thresholds[0];
            var transplant = finding.Thresholds.Length > 1 && finding.Thresholds[1].IsMet == true ? ", and too high for autologous stem-cell transplantation under the standard protocols" : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"pulmonary hypertension on right-heart catheterisation (mean pulmonary arterial pressure {mpap.Observed:0.#} mmHg), which can lower DLCO by itself{transplant}");
        }

        // The first flag's sentence, without its closing full stop: "anti-RNA polymerase III is typically associated with ...".
        var first = finding.Summary.Split(". ", 2)[0].TrimEnd('.');
        return "an autoantibody-defined phenotype: " + SscProfile.InSentence(first);
    }

    private static TherapyVerdict Judge(
        EvaluationContext context,
        TherapyId therapy,
        ImmutableArray<(TherapyCourse Course, string Path)> courses,
        IReadOnlyList<Finding> findings,
        RuleId rule,
        ProgressiveIldDefinitions definitions)
    {
        var name = SscProfile.Name(context, therapy);
        var outcomes = ImmutableArray.CreateBuilder<CourseOutcome>(courses.Length);
        Finding? deciding = null;
        foreach (var (course, path) in courses)
        {
            var finding = findings.FirstOrDefault(f => f.Rule == rule && f.Course == path && f.Id is not null);
            outcomes.Add(new CourseOutcome { Course = path, Start = course.Start, End = course.End, Outcome = Outcome(finding), Finding = finding?.Id });
            deciding = finding ?? deciding;
        }

        // A lung that progressed is a non-response of the therapy; it shows resistance only when the drug was taken (the
        // contract's rule, docs/verdict.md: with adherence unknown, primary non-response / cannot tell yet; with
        // adherence shown poor, apparent resistance explained by non-adherence), read here from refill records.
        var (adherence, outcome, resistance) = Read(context, therapy, courses, Outcome(deciding));
        var statement = (deciding, adherence) switch
        {
            (null, _) => $"{name}: no lung function measured twice on it and no modified Rodnan skin score at its start and on it, so no response can be judged yet.",
            ({ Status: FindingStatus.Supported }, SscCourseReadings.RefillAdherence.Adherent or SscCourseReadings.RefillAdherence.GivenInClinic) => $"{name}: interstitial lung disease progressed on it ({definitions.Title}) although {SscCourseReadings.TakenBasis(adherence)}, a non-response of the lung.",
            ({ Status: FindingStatus.Supported }, SscCourseReadings.RefillAdherence.NonAdherent) => $"{name}: interstitial lung disease progressed on it ({definitions.Title}), but {RefillsBelow}: apparent resistance, explained by non-adherence.",
            ({ Status: FindingStatus.Supported }, _) => $"{name}: interstitial lung disease progressed on it ({definitions.Title}), but adherence is not recorded, so resistance cannot be called yet; refill records for the course would settle it.",
            ({ Status: FindingStatus.NotSupported }, _) => $"{name}: interstitial lung disease did not progress on it ({definitions.Title}).",
            _ => $"{name}: whether interstitial lung disease progressed on it is undecided ({definitions.Title}); respiratory symptoms and HRCT would settle it.",
        };
        return new TherapyVerdict
        {
            Therapy = therapy,
            Name = name,
            Disease = SystemicSclerosisIds.Ssc,
            Outcome = outcome,
            Resistance = resistance,
            Statement = statement,
            Courses = outcomes.MoveToImmutable(),
            Findings = deciding?.Id is { } id ? [id] : [],
            // Options whenever the therapy failed and was not shown to be missed: shown, or with adherence still unknown.
            Options = outcome == TherapyOutcome.PrimaryNonResponse ? SscOptions.For(context) : [],
        };
    }

    // Established damage (issue 11, seed claims S4 and S7) linked to the therapy whose skin failed or whose lung was
    // judged: in late, inactive disease with a stable skin score or lung function, what does not improve is damage rather
    // than active disease resisting the drug; the statement says so. Pulmonary hypertension (S5) qualifies a lung
    // progression that a DLCO decline decided.
    private static TherapyVerdict WithDamageAndInterference(TherapyVerdict combined, TherapyVerdict lung, SkinRead? skin, IReadOnlyList<Finding> findings, ProgressiveIldDefinitions definitions)
    {
        var links = new List<MechanismLink>();
        var added = new List<string>();
        var skinDamage = findings.FirstOrDefault(f => f.Rule == DamageVersusActivityEvaluator.Skin && f.Id is not null);
        if (skinDamage is not null && skin is not null && skin.Outcome is TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse)
        {
            var supported = skinDamage.Status == FindingStatus.Supported;
            links.Add(DamageLink(skinDamage, supported ? "late, inactive disease with a stable skin score: established skin fibrosis" : null));
            if (supported)
            {
                added.Add("the disease is late and inactive and the skin stable, so this non-response of the skin is explained by established damage (fibrosis that no longer changes) rather than by resistance of active disease");
            }
        }

        var lungDamage = findings.FirstOrDefault(f => f.Rule == DamageVersusActivityEvaluator.Lung && f.Id is not null);
        if (lungDamage is not null && !lung.Findings.IsEmpty)
        {
            var supported = lungDamage.Status == FindingStatus.Supported;
            links.Add(DamageLink(lungDamage, supported ? "late, inactive disease with stable lung function: established interstitial lung disease" : null));
            if (supported)
            {
                added.Add("the interstitial lung disease is established and inactive, with stable lung function: what remains of it is damage rather than active disease");
            }
        }

        var deciding = lung.Findings.IsEmpty ? null : findings.FirstOrDefault(f => f.Id == lung.Findings[0]);
        var hypertension = findings.FirstOrDefault(f => f.Mechanism == SscMechanisms.PulmonaryHypertension && f.Status == FindingStatus.Supported && f.Id is not null);
        if (deciding is { Status: FindingStatus.Supported } && hypertension is not null && definitions.DlcoDecline is not null
            && deciding.Thresholds.Length > 0 && deciding.Thresholds[0].IsMet == false)
        {
            links.Add(new MechanismLink
            {
                Mechanism = SscMechanisms.PulmonaryHypertension,
                Title = Titles[SscMechanisms.PulmonaryHypertension],
                Status = FindingStatus.Supported,
                Findings = [hypertension.Id!],
                Statement = "pulmonary hypertension can lower DLCO by itself",
            });
            added.Add("the FVC decline alone falls short and DLCO decided it, which pulmonary hypertension on record can lower by itself, so the lung reading may not reflect fibrosis");
        }

        // Intestinal inflammation (S5) with the oral mycophenolate of a therapy that failed: low drug exposure may contribute.
        var intestinal = findings.FirstOrDefault(f => f.Mechanism == SscMechanisms.IntestinalInvolvement && f.Therapy == combined.Therapy && f.Id is not null);
        if (intestinal is not null && combined.Outcome is TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse)
        {
            var supported = intestinal.Status == FindingStatus.Supported;
            links.Add(new MechanismLink
            {
                Mechanism = SscMechanisms.IntestinalInvolvement,
                Title = Titles[SscMechanisms.IntestinalInvolvement],
                Status = intestinal.Status,
                Findings = [intestinal.Id!],
                Statement = supported ? "intestinal inflammation, which went with lower mycophenolic acid exposure" : null,
            });
            if (supported)
            {
                added.Add("intestinal inflammation is on record, which in SSc went with lower mycophenolic acid exposure, so low drug exposure may contribute; a mycophenolic acid area under the curve would show it");
            }
        }

        return links.Count == 0 ? combined : combined with
        {
            Statement = added.Count == 0 ? combined.Statement : combined.Statement.TrimEnd('.') + "; " + string.Join("; ", added) + ".",
            ExplainedBy = [.. combined.ExplainedBy, .. links],
        };
    }

    // The skin domain met in late, inactive disease with a stable skin score: the same explanation as the therapy's
    // (linked only when supported; the therapy verdicts carry the other statuses).
    private static DomainVerdict WithSkinDamage(DomainVerdict domain, IReadOnlyList<Finding> findings)
    {
        var damage = findings.FirstOrDefault(f => f.Rule == DamageVersusActivityEvaluator.Skin && f.Id is not null);
        if (damage is not { Status: FindingStatus.Supported } || domain.Answer != ResistanceAnswer.Shown)
        {
            return domain;
        }

        return domain with
        {
            Statement = domain.Statement.TrimEnd('.') + "; in late, inactive disease with a stable skin score this is established damage rather than active disease resisting treatment.",
            ExplainedBy = [.. domain.ExplainedBy, DamageLink(damage, "late, inactive disease with a stable skin score: established skin fibrosis")],
        };
    }

    private static MechanismLink DamageLink(Finding finding, string? statement) => new()
    {
        Mechanism = SscMechanisms.EstablishedDamage,
        Title = Titles[SscMechanisms.EstablishedDamage],
        Status = finding.Status,
        Findings = [finding.Id!],
        Statement = statement,
    };

    /// <summary>A therapy's skin reading: its outcome over all its courses, each course's outcome and the deciding finding.</summary>
    private sealed record SkinRead(
        TherapyOutcome Outcome,
        ResistanceAnswer Resistance,
        string Statement,
        ImmutableArray<CourseOutcome> Courses,
        Finding Deciding,
        ImmutableArray<TreatmentOption> Options);

    // The skin is read like the lung: the latest course with a skin finding decides; a non-response after an earlier
    // course that responded is a secondary loss of response; either needs adherence shown by refill records.
    private static SkinRead? ReadSkin(
        EvaluationContext context,
        TherapyId therapy,
        ImmutableArray<(TherapyCourse Course, string Path)> courses,
        IReadOnlyList<Finding> findings,
        SkinResponseDefinitions definitions)
    {
        var name = SscProfile.Name(context, therapy);
        var outcomes = ImmutableArray.CreateBuilder<CourseOutcome>(courses.Length);
        var perCourse = new List<Finding?>(courses.Length);
        foreach (var (course, path) in courses)
        {
            var finding = findings.FirstOrDefault(f => f.Mechanism == SscMechanisms.ProgressiveSkinOnTherapy && f.Course == path && f.Id is not null);
            var outcome = finding is null ? TherapyOutcome.Unknown : SkinResponseEvaluator.OutcomeOf(finding);
            outcomes.Add(new CourseOutcome { Course = path, Start = course.Start, End = course.End, Outcome = outcome, Finding = finding?.Id });
            perCourse.Add(finding);
        }

        var (deciding, skinOutcome) = Skin(perCourse);
        if (deciding is null)
        {
            return null;
        }

        var failed = IsFailure(skinOutcome);
        var (adherence, outcomeAfterAdherence, resistance) = Read(context, therapy, courses, skinOutcome);
        var courseText = SkinCourse(deciding, definitions);
        var worse = deciding.Rule == SkinResponseEvaluator.Progression ? "the skin progressed" : "the skin did not improve";
        var statement = (skinOutcome, adherence) switch
        {
            (TherapyOutcome.Response, _) => $"{name}: the skin responded ({courseText}).",
            (TherapyOutcome.PartialResponse, _) => $"{name}: the skin partly responded ({courseText}).",
            (TherapyOutcome.PrimaryNonResponse, SscCourseReadings.RefillAdherence.Adherent or SscCourseReadings.RefillAdherence.GivenInClinic) => $"{name}: {worse} on an adequate course ({courseText}) although {SscCourseReadings.TakenBasis(adherence)}, a primary non-response of the skin.",
            (TherapyOutcome.SecondaryLossOfResponse, SscCourseReadings.RefillAdherence.Adherent or SscCourseReadings.RefillAdherence.GivenInClinic) => $"{name}: the skin responded to an earlier course, but on the latest {worse} ({courseText}) although {SscCourseReadings.TakenBasis(adherence)}, a secondary loss of response of the skin.",
            (_, SscCourseReadings.RefillAdherence.NonAdherent) => $"{name}: {worse} on it ({courseText}), but {RefillsBelow}: apparent resistance, explained by non-adherence.",
            (_, SscCourseReadings.RefillAdherence.NotRecorded) => $"{name}: {worse} on it ({courseText}), but adherence is not recorded, so resistance cannot be called yet; refill records for the course would settle it.",
            (TherapyOutcome.TooEarly, _) => string.Create(CultureInfo.InvariantCulture, $"{name}: too early to judge the skin response; a course is judged after {definitions.MinimumCourseMonths} months."),
            _ when deciding.Rule == SkinResponseEvaluator.InadequateDose => $"{name}: the skin did not improve on it ({courseText}), but at a dose below the dose counted as adequate, so no non-response of the drug can be called.",
            _ => $"{name}: the skin response cannot be judged yet; {deciding.Gap?.Datum ?? "a skin score"} would settle it.",
        };
        return new SkinRead(
            outcomeAfterAdherence,
            resistance,
            statement,
            outcomes.MoveToImmutable(),
            deciding,
            failed && adherence != SscCourseReadings.RefillAdherence.NonAdherent ? SscOptions.ForSkin(context) : []);
    }

    // "mRSS 28 to 31 over 12 months; a response is a fall of at least 5 units, the minimal clinically important difference ..."
    private static string SkinCourse(Finding finding, SkinResponseDefinitions d)
    {
        if (finding.Timeline is not { Points.Length: >= 2 } timeline)
        {
            return "no skin score on the course";
        }

        var months = finding.Thresholds.LastOrDefault(t => t.Limit == d.MinimumCourseMonths && t.Name.StartsWith("completed months", StringComparison.Ordinal))?.Observed;
        return string.Create(CultureInfo.InvariantCulture,
            $"mRSS {timeline.Points[0].Observed:0.#} to {timeline.Points[^1].Observed:0.#}{(months is { } m ? $" over {m:0} months" : string.Empty)}; a response is a fall of {(d.ExceedsUnits ? "more than" : "at least")} {d.ChangeUnits:0.#} units{(d.RelativeChangePercent is { } r ? $" and {r:0.#} %" : string.Empty)}, the {SkinResponseEvaluator.Short(d)}");
    }

    // One verdict per therapy: the domain whose answer weighs most decides (resistance shown, then cannot tell yet, then
    // not shown; the lung on a tie, or when the skin says nothing); the other domain's statement follows.
    private static TherapyVerdict Combine(TherapyVerdict lung, SkinRead? skin)
    {
        if (skin is null)
        {
            return lung;
        }

        var skinVerdict = lung with
        {
            Outcome = skin.Outcome,
            Resistance = skin.Resistance,
            Statement = skin.Statement,
            Courses = skin.Courses,
            Findings = [skin.Deciding.Id!],
            Options = skin.Options,
        };
        if (lung.Findings.IsEmpty)
        {
            return skinVerdict;
        }

        return SscCourseReadings.Merge(lung, skinVerdict);
    }

    // The skin as an organ domain: progressive skin disease despite adequate therapy is met when a therapy's skin outcome
    // is a primary non-response or a secondary loss of response in an adherent patient.
    private static DomainVerdict SkinDomain(EvaluationContext context, List<(TherapyId Therapy, SkinRead Read)> reads, SkinResponseDefinitions definitions)
    {
        var failed = reads.Where(r => r.Read.Resistance == ResistanceAnswer.Shown).ToList();
        var answer = failed.Count > 0 ? ResistanceAnswer.Shown
            : reads.All(r => r.Read.Resistance == ResistanceAnswer.NotShown) ? ResistanceAnswer.NotShown
            : ResistanceAnswer.CannotTellYet;
        var deciding = answer == ResistanceAnswer.Shown ? failed : reads;
        var names = string.Join(", ", failed.Select(r => SscProfile.InSentence(SscProfile.Name(context, r.Therapy))));
        var definition = $"progressive skin disease despite adequate therapy (modified Rodnan skin score; {SkinResponseEvaluator.Short(definitions)})";
        ImmutableArray<string> ids = [.. deciding.Select(r => r.Read.Deciding.Id!)];
        return new DomainVerdict
        {
            Domain = OrganDomain.Skin,
            Disease = SystemicSclerosisIds.Ssc,
            Definition = definition,
            Answer = answer,
            Statement = answer switch
            {
                ResistanceAnswer.Shown => $"Skin disease did not improve despite an adequate course of {names} taken as prescribed: progressive skin disease despite adequate therapy.",
                ResistanceAnswer.NotShown => "The skin responded, at least partly, to every immunosuppressive course judged.",
                _ => "Whether skin disease resists therapy cannot be decided yet: a course is too early to judge, lacks a skin score, or its adherence is not shown.",
            },
            Therapies = [.. failed.Select(r => r.Therapy)],
            Findings = ids,
            ExplainedBy =
            [
                new MechanismLink
                {
                    Mechanism = SscMechanisms.ProgressiveSkinOnTherapy,
                    Title = Titles[SscMechanisms.ProgressiveSkinOnTherapy],
                    Status = answer switch
                    {
                        ResistanceAnswer.Shown => FindingStatus.Supported,
                        ResistanceAnswer.NotShown => FindingStatus.NotSupported,
                        _ => FindingStatus.Unknown,
                    },
                    Findings = ids,
                },
            ],
            Options = reads.Any(r => !r.Read.Options.IsEmpty) ? SscOptions.ForSkin(context) : [],
        };
    }

    // The proportion-of-days-covered cut-off and its basis texts: the core's refill-adherence check (Karve 2009).
    private static readonly string RefillsBelow = RefillAdherenceCheck.BelowBasis;
    private static readonly string RefillsAtLeast = RefillAdherenceCheck.AtLeastBasis;
}
