using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Failure across mechanism classes (seed claim S3, compensatory pathways): whether therapies of two or more different
/// mechanism classes (<see cref="SscMechanismClasses"/>) each failed in the lung or the skin. Each therapy is read as
/// the verdict reads it (<see cref="SscCourseReadings"/>), from the same per-course judgements: the progressive ILD
/// finding under the selected <see cref="ProgressiveIldDefinitions"/> and the skin response finding under the selected
/// <see cref="SkinResponseDefinitions"/>. A therapy failed when, in either organ, its outcome is a primary non-response
/// or a secondary loss of response in a patient shown by refill records to take it.
/// <list type="bullet">
/// <item>supported: failed therapies span at least two classes;</item>
/// <item>unknown: they would, counting the therapies that failed with adherence not recorded; refill records decide;</item>
/// <item>not supported: therapies of at least two classes were judged, and failures (if any) stay within one class;</item>
/// <item>silent otherwise (fewer than two classes judged): the rule does not apply.</item>
/// </list>
/// Graded as expert opinion: pathogenesis runs through vascular, immune and fibrotic pathways together (Allanore Y, et
/// al. Nat Rev Dis Primers 2015;1:15002, doi:10.1038/nrdp.2015.2), and a review of targeted therapy hoped that drugs
/// acting on distinct pathways, used together or in sequence, would do better than one (Nat Rev Rheumatol
/// 2010;6(5):269-78, doi:10.1038/nrrheum.2010.48). Failure across classes is a signal of redundant pathways, not a
/// proof: the same pattern follows from established fibrosis that no anti-inflammatory drug reverses.
/// </summary>
internal sealed class SequentialFailureEvaluator() : SscEvaluator(
    "ssc.sequential-failure",
    "Failure of therapies of different mechanism classes",
    [SscMechanisms.SequentialFailureAcrossClasses],
    [PathwaySources.Allanore2015, PathwaySources.TargetedTherapy2010])
{
    public static readonly RuleId AcrossClasses = RuleId.Create("ssc.sequential-failure.across-classes");
    public static readonly RuleId AdherenceUnknown = RuleId.Create("ssc.sequential-failure.adherence-unknown");
    public static readonly RuleId NotAcrossClasses = RuleId.Create("ssc.sequential-failure.not-across-classes");

    /// <summary>The number of different mechanism classes whose failure supports the finding.</summary>
    public const int MinimumClasses = 2;

    private readonly ProgressiveIldEvaluator _lung = new();
    private readonly SkinResponseEvaluator _skin = new();

    /// <summary>What the readings say about one therapy.</summary>
    internal enum State
    {
        /// <summary>Neither organ decided.</summary>
        Undecided,

        /// <summary>An organ decided and neither shows resistance nor a failure awaiting refill records.</summary>
        Cleared,

        /// <summary>An organ failed with adherence not recorded.</summary>
        Pending,

        /// <summary>An organ failed in a patient shown to take the drug.</summary>
        Failed,
    }

    /// <summary>A therapy's reading: its class, its state, what failed, and the facts of the deciding findings.</summary>
    internal sealed record TherapyRead(TherapyId Therapy, string Name, SscMechanismClasses.MechanismClass Class, State State, string What, ImmutableArray<string> Facts);

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var reads = Read(context);
        var judged = reads.Where(r => r.State != State.Undecided).ToList();
        if (judged.Select(r => r.Class).Distinct().Count() < MinimumClasses)
        {
            return;
        }

        var failed = judged.Where(r => r.State == State.Failed).ToList();
        var pending = judged.Where(r => r.State == State.Pending).ToList();
        var failedClasses = failed.Select(r => r.Class).Distinct().Count();
        var threshold = new AppliedThreshold
        {
            Name = "mechanism classes with a therapy that failed in the lung or the skin, taken as shown by refill records",
            Operator = ComparisonOperator.GreaterThanOrEqual,
            Limit = MinimumClasses,
            Observed = failedClasses,
        };
        Finding finding;
        IEnumerable<TherapyRead> concerned;
        if (failedClasses >= MinimumClasses)
        {
            concerned = failed;
            finding = Supported(SscMechanisms.SequentialFailureAcrossClasses, AcrossClasses,
                string.Create(CultureInfo.InvariantCulture,
                    $"Therapies of {failedClasses} different mechanism classes failed, each taken as shown by refill records: {List(failed)}. Failure across classes is a signal that more than one disease pathway is driving the disease (redundant or compensatory pathways; expert opinion), not a proof: established fibrosis that no drug reverses gives the same pattern."),
                EvidenceGrade.ExpertOpinion);
        }
        else if (failed.Concat(pending).Select(r => r.Class).Distinct().Count() >= MinimumClasses)
        {
            concerned = [.. failed, .. pending];
            var names = Names(pending);
            var shown = failed.Count == 0 ? string.Empty : $"{List(failed)} failed although taken as prescribed; ";
            finding = Unknown(SscMechanisms.SequentialFailureAcrossClasses, AdherenceUnknown,
                $"Whether therapies of different mechanism classes failed is unknown: {shown}{List(pending)} failed, but adherence to {names} is not recorded, and refill records would decide it.",
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = $"refill records (proportion of days covered) for {names}", Path = ProfilePaths.RefillAdherence });
        }
        else
        {
            concerned = judged;
            var what = failed.Count == 0 && pending.Count == 0
                ? "none failed"
                : $"failure stayed within one class ({List([.. failed, .. pending])})";
            finding = NotSupported(SscMechanisms.SequentialFailureAcrossClasses, NotAcrossClasses,
                $"No failure across mechanism classes: of the therapies judged in the lung or the skin ({string.Join(", ", judged.Select(r => $"{SscProfile.InSentence(r.Name)}, {r.Class.Name}"))}), {what}.",
                EvidenceGrade.ExpertOpinion);
        }

        output.Add(finding with
        {
            Facts = [.. concerned.SelectMany(r => r.Facts).Distinct()],
            Thresholds = [threshold],
            Citations = Descriptor.Sources,
        });
    }

    /// <summary>Each classed therapy's reading, in the time order of its first course; therapies outside <see cref="SscMechanismClasses"/> are left out.</summary>
    internal List<TherapyRead> Read(EvaluationContext context)
    {
        var definitions = context.Definitions.TryGet<ProgressiveIldDefinitions>(out var selected) ? selected : ProgressiveIldDefinitions.Inbuild2019;
        var reads = new List<TherapyRead>();
        foreach (var therapy in SscProfile.DiseaseModifyingCourses(context).GroupBy(c => c.Course.Therapy).OrderBy(g => g.Min(c => c.Course.Start)))
        {
            if (SscMechanismClasses.Of(therapy.Key) is not { } mechanismClass)
            {
                continue;
            }

            ImmutableArray<(TherapyCourse Course, string Path)> courses = [.. therapy.OrderBy(c => c.Course.Start)];
            var (lungFinding, lungJudged) = SscCourseReadings.Lung(courses.Select(c => _lung.Judge(context, c.Course, c.Path, definitions)));
            var (skinFinding, skinJudged) = SscCourseReadings.Skin(courses.Select(c => _skin.Judge(context, c.Course, c.Path)));
            var lung = lungFinding is null ? default : SscCourseReadings.Read(context, therapy.Key, courses, lungJudged);
            var skin = skinFinding is null ? default : SscCourseReadings.Read(context, therapy.Key, courses, skinJudged);
            var organs = new List<(Finding Finding, TherapyOutcome Judged, SscCourseReadings.RefillAdherence Adherence, ResistanceAnswer Resistance, bool Lung)>();
            if (lungFinding is not null)
            {
                organs.Add((lungFinding, lungJudged, lung.Adherence, lung.Resistance, true));
            }

            if (skinFinding is not null)
            {
                organs.Add((skinFinding, skinJudged, skin.Adherence, skin.Resistance, false));
            }

            var shown = organs.Where(o => o.Resistance == ResistanceAnswer.Shown).ToList();
            var awaiting = organs.Where(o => SscCourseReadings.IsFailure(o.Judged) && o.Adherence == SscCourseReadings.RefillAdherence.NotRecorded).ToList();
            var (state, deciding) = shown.Count > 0 ? (State.Failed, shown)
                : awaiting.Count > 0 ? (State.Pending, awaiting)
                : organs.Any(o => o.Resistance == ResistanceAnswer.NotShown) ? (State.Cleared, organs)
                : (State.Undecided, organs);
            var what = string.Join(" and ", deciding.Where(o => SscCourseReadings.IsFailure(o.Judged)).Select(o => What(o.Finding, o.Judged, o.Lung)));
            reads.Add(new TherapyRead(
                therapy.Key,
                SscProfile.Name(context, therapy.Key),
                mechanismClass,
                state,
                what,
                [.. deciding.SelectMany(o => o.Finding.Facts)]));
        }

        return reads;
    }

    private static string What(Finding finding, TherapyOutcome judged, bool lung) =>
        lung ? "interstitial lung disease progressed"
        : judged == TherapyOutcome.SecondaryLossOfResponse ? "the skin lost its earlier response"
        : finding.Rule == SkinResponseEvaluator.Progression ? "the skin progressed"
        : "the skin did not improve";

    // "mycophenolate mofetil (an antimetabolite: interstitial lung disease progressed), then rituximab (B-cell depletion: the skin did not improve)"
    private static string List(IEnumerable<TherapyRead> reads) =>
        string.Join(", then ", reads.Select(r => $"{SscProfile.InSentence(r.Name)} ({r.Class.Name}: {r.What})"));

    private static string Names(IEnumerable<TherapyRead> reads) => string.Join(" and ", reads.Select(r => SscProfile.InSentence(r.Name)));
}

/// <summary>
/// The mechanism classes of the disease-modifying therapies the sequential failure rule compares, as data: each class
/// of the therapy catalogue (<see cref="TherapyClass"/>) with its name in clinical words and the therapy ids of the
/// catalogue that belong to it. A therapy not listed is not counted (glucocorticoids and antimalarials are not
/// disease-modifying courses here; lupus-only biologics have no skin or lung reading in SSc).
/// </summary>
internal static class SscMechanismClasses
{
    /// <summary>A mechanism class: the catalogue's class, its name for sentences and its therapies.</summary>
    internal sealed record MechanismClass(TherapyClass Class, string Name, ImmutableArray<TherapyId> Therapies);

    /// <summary>Gets the classes, in the order a clinician would usually meet them in SSc.</summary>
    public static ImmutableArray<MechanismClass> All { get; } =
    [
        new(TherapyClass.Antimetabolite, "an antimetabolite", [TherapyId.MycophenolateMofetil, TherapyId.MycophenolicAcid, TherapyId.Methotrexate, TherapyId.Azathioprine, TherapyId.Leflunomide]),
        new(TherapyClass.AlkylatingAgent, "an alkylating agent", [TherapyId.Cyclophosphamide]),
        new(TherapyClass.AntiCd20, "B-cell depletion", [TherapyId.Rituximab, TherapyId.Obinutuzumab]),
        new(TherapyClass.Il6ReceptorAntagonist, "interleukin-6 receptor blockade", [TherapyId.Tocilizumab]),
        new(TherapyClass.TyrosineKinaseInhibitor, "an antifibrotic tyrosine kinase inhibitor", [TherapyId.Nintedanib]),
        new(TherapyClass.CalcineurinInhibitor, "a calcineurin inhibitor", [TherapyId.Tacrolimus, TherapyId.Ciclosporin, TherapyId.Voclosporin]),
        new(TherapyClass.StemCellTransplant, "autologous stem-cell transplantation", [TherapyId.AutologousStemCellTransplant]),
    ];

    /// <summary>The class of <paramref name="therapy"/>, or <see langword="null"/> when it is not listed.</summary>
    public static MechanismClass? Of(TherapyId therapy)
    {
        foreach (var c in All)
        {
            if (c.Therapies.Contains(therapy))
            {
                return c;
            }
        }

        return null;
    }
}
