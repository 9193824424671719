using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The SLE Responder Index (instrument id <c>sle.sri-4</c>): decides from a baseline and a follow-up
/// (<see cref="Sri4Input"/>) whether the patient responded (<see cref="Sri4Result"/>).
/// </summary>
/// <remarks>
/// <para>
/// Source: Furie RA, Petri MA, Wallace DJ, et al. Novel evidence-based systemic lupus erythematosus responder index.
/// Arthritis Rheum 2009;61(9):1143-51, doi:10.1002/art.24698. A responder meets every rule:
/// </para>
/// <list type="number">
/// <item>SLEDAI decrease (baseline − follow-up) ≥ the response threshold: 4 for SRI-4; SRI-5 to SRI-8 apply the same
/// rule with 5 to 8 (a naming convention in wide use, unconfirmed in a primary source).</item>
/// <item>No new BILAG-2004 A: no domain graded A at follow-up that was not A at baseline.</item>
/// <item>At most one new BILAG-2004 B (fewer than 2): domains graded B at follow-up that were C, D or E at baseline;
/// A to B is an improvement, not new.</item>
/// <item>No worsening of the physician global assessment (0–3) by 0.3 or more: follow-up − baseline &lt; 0.3, in
/// decimal arithmetic so that 1.29 − 1.00 stays below the limit and 1.30 − 1.00 does not.</item>
/// </list>
/// <para>
/// Furie 2009 used SELENA-SLEDAI; trials that report SRI(4) with SLEDAI-2K exist, so the index is an input and the
/// result records which one applied. A SLEDAI-2K visit is scored with <see cref="Sledai2kInstrument"/>. Stateless
/// and thread-safe.
/// </para>
/// </remarks>
public sealed class Sri4Instrument : ClinicalInstrument<Sri4Input, Sri4Result>
{
    /// <summary>The SRI-4 response threshold, a SLEDAI decrease of 4.</summary>
    public const int DefaultResponseThreshold = 4;

    /// <summary>The lowest response threshold accepted, 4 (SRI-4).</summary>
    public const int MinResponseThreshold = 4;

    /// <summary>The highest response threshold accepted, 8 (SRI-8).</summary>
    public const int MaxResponseThreshold = 8;

    /// <summary>The physician global assessment worsening that fails the index, 0.3: the increase must be below it.</summary>
    public const decimal PgaWorseningLimit = 0.3m;

    /// <summary>The most new BILAG-2004 B domains a responder may have, 1.</summary>
    public const int MaxNewBilagB = 1;

    private static readonly InstrumentDescriptor SharedDescriptor = new()
    {
        Id = LupusIds.Sri4,
        Title = "SLE Responder Index (SRI-4)",
        Version = "1.0.0",
        Sources = [ActivityCitations.Furie2009, ActivityCitations.Gladman2002],
        Documentation = "docs/instruments/sle.sri-4.md",
    };

    private static readonly Sledai2kInstrument Sledai = new();

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor => SharedDescriptor;

    /// <inheritdoc/>
    /// <remarks>
    /// Errors (codes in <see cref="Sri4DiagnosticCodes"/>): a response threshold outside 4 to 8; a time point with both
    /// or neither of a SLEDAI total and a SLEDAI-2K visit; a total outside 0 to 105; a SELENA-SLEDAI index with a
    /// SLEDAI-2K visit; a PGA outside 0 to 3; a follow-up date before the baseline date (of the time point, its SLEDAI-2K
    /// visit or its BILAG assessment); a BILAG domain graded twice at one time point; a domain graded at one time point
    /// and not the other; and any error of an embedded SLEDAI-2K visit. Warning: domains graded at neither time point.
    /// </remarks>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(Sri4Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        if (input.ResponseThreshold is { } threshold && threshold is < MinResponseThreshold or > MaxResponseThreshold)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sri4DiagnosticCodes.ResponseThresholdOutOfRange,
                $"the response threshold must be {MinResponseThreshold} (SRI-4) to {MaxResponseThreshold} (SRI-8); omit it for SRI-4",
                "$.responseThreshold", value: DiagnosticValues.Of(threshold)));
        }

        if (input.Index is { } index && !Enum.IsDefined(index))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(Sri4DiagnosticCodes.UnknownIndex, "the index must be 'selena-sledai' or 'sledai-2k'", "$.index", value: DiagnosticValues.Of((int)index)));
        }

        ValidateTimePoint(input.Baseline, "$.baseline", diagnostics);
        ValidateTimePoint(input.FollowUp, "$.followUp", diagnostics);

        if (input.Index == SledaiIndex.SelenaSledai && (input.Baseline.Sledai2k is not null || input.FollowUp.Sledai2k is not null))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sri4DiagnosticCodes.IndexMismatch,
                "the index is 'selena-sledai' but a time point is a SLEDAI-2K visit, which is scored with SLEDAI-2K; give SELENA-SLEDAI totals or state 'sledai-2k'",
                "$.index"));
        }

        CheckOrder(input.Baseline.On, input.FollowUp.On, "$.followUp.on", diagnostics);
        if (input.Baseline.Sledai2k is { } baselineVisit && input.FollowUp.Sledai2k is { } followUpVisit)
        {
            CheckOrder(baselineVisit.On, followUpVisit.On, "$.followUp.sledai2k.on", diagnostics);
        }

        CheckOrder(input.Baseline.Bilag.On, input.FollowUp.Bilag.On, "$.followUp.bilag.on", diagnostics);
        ValidateBilagPair(input.Baseline.Bilag, input.FollowUp.Bilag, diagnostics);
        return diagnostics;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// For a BILAG domain graded twice at one time point the first grade counts, and a domain graded at only one time
    /// point is ignored (<see cref="ClinicalInstrument{TInput, TResult}.Compute(TInput)"/> and the JSON entry point reject such
    /// inputs before computing).
    /// </remarks>
    /// <exception cref="ArgumentException">A time point has neither a SLEDAI total nor a SLEDAI-2K visit.</exception>
    protected override Sri4Result ComputeCore(Sri4Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var threshold = input.ResponseThreshold ?? DefaultResponseThreshold;
        var anyVisit = input.Baseline.Sledai2k is not null || input.FollowUp.Sledai2k is not null;
        var index = input.Index ?? (anyVisit ? SledaiIndex.Sledai2k : SledaiIndex.SelenaSledai);

        var baselineBreakdown = input.Baseline.Sledai2k is { } b ? Sledai2kInstrument.Compute(b, Sledai.Definitions) : null;
        var followUpBreakdown = input.FollowUp.Sledai2k is { } f ? Sledai2kInstrument.Compute(f, Sledai.Definitions) : null;
        var baselineTotal = baselineBreakdown?.Total.Value ?? input.Baseline.SledaiTotal
            ?? throw new ArgumentException("The baseline has neither a SLEDAI total nor a SLEDAI-2K visit.", nameof(input));
        var followUpTotal = followUpBreakdown?.Total.Value ?? input.FollowUp.SledaiTotal
            ?? throw new ArgumentException("The follow-up has neither a SLEDAI total nor a SLEDAI-2K visit.", nameof(input));
        var decrease = baselineTotal - followUpTotal;
        var sledai = new Sri4SledaiComponent
        {
            Baseline = baselineTotal,
            FollowUp = followUpTotal,
            Decrease = decrease,
            RequiredDecrease = threshold,
            Met = decrease >= threshold,
            BaselineBreakdown = baselineBreakdown,
            FollowUpBreakdown = followUpBreakdown,
        };

        var changes = ImmutableArray.CreateBuilder<Sri4BilagDomainChange>();
        foreach (var domain in Enum.GetValues<BilagDomain>())
        {
            if (input.Baseline.Bilag.GradeOf(domain) is { } before && input.FollowUp.Bilag.GradeOf(domain) is { } after)
            {
                var change = after == BilagGrade.A && before != BilagGrade.A ? Sri4BilagChange.NewA
                    : after == BilagGrade.B && before is BilagGrade.C or BilagGrade.D or BilagGrade.E ? Sri4BilagChange.NewB
                    : Sri4BilagChange.NotNew;
                changes.Add(new Sri4BilagDomainChange { Domain = domain, Baseline = before, FollowUp = after, Change = change });
            }
        }

        ImmutableArray<BilagDomain> newA = [.. changes.Where(c => c.Change == Sri4BilagChange.NewA).Select(c => c.Domain)];
        ImmutableArray<BilagDomain> newB = [.. changes.Where(c => c.Change == Sri4BilagChange.NewB).Select(c => c.Domain)];
        var bilag = new Sri4BilagComponent
        {
            Domains = changes.ToImmutable(),
            NewA = newA,
            NewB = newB,
            NoNewA = newA.IsEmpty,
            AtMostOneNewB = newB.Length <= MaxNewBilagB,
        };

        var increase = input.FollowUp.Pga - input.Baseline.Pga;
        var pga = new Sri4PgaComponent
        {
            Baseline = input.Baseline.Pga,
            FollowUp = input.FollowUp.Pga,
            Increase = increase,
            Limit = PgaWorseningLimit,
            Met = increase < PgaWorseningLimit,
        };

        var failed = ImmutableArray.CreateBuilder<Sri4Rule>();
        if (!sledai.Met)
        {
            failed.Add(Sri4Rule.SledaiDecrease);
        }

        if (!bilag.NoNewA)
        {
            failed.Add(Sri4Rule.NoNewBilagA);
        }

        if (!bilag.AtMostOneNewB)
        {
            failed.Add(Sri4Rule.AtMostOneNewBilagB);
        }

        if (!pga.Met)
        {
            failed.Add(Sri4Rule.NoPgaWorsening);
        }

        return new Sri4Result
        {
            Responder = failed.Count == 0,
            Name = "SRI-" + threshold.ToString(CultureInfo.InvariantCulture),
            ResponseThreshold = threshold,
            Index = index,
            IndexStated = input.Index is not null,
            Sledai = sledai,
            Bilag = bilag,
            Pga = pga,
            FailedRules = failed.ToImmutable(),
        };
    }

    private static void ValidateTimePoint(Sri4TimePoint point, string root, List<EvaluationDiagnostic> diagnostics)
    {
        if ((point.SledaiTotal is null) == (point.Sledai2k is null))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sri4DiagnosticCodes.SledaiSourceInvalid,
                "give exactly one of 'sledaiTotal' (a total of the stated index) and 'sledai2k' (a SLEDAI-2K visit to score)",
                root));
        }

        if (point.SledaiTotal is { } total && total is < Sledai2kScore.MinValue or > Sledai2kScore.MaxValue)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sri4DiagnosticCodes.SledaiTotalOutOfRange,
                $"a SLEDAI total must be from {Sledai2kScore.MinValue} to {Sledai2kScore.MaxValue}",
                root + ".sledaiTotal", value: DiagnosticValues.Of(total)));
        }

        if (point.Sledai2k is { } visit)
        {
            Sledai2kInstrument.ValidateVisit(visit, root + ".sledai2k", diagnostics);
        }

        if (point.Pga is < PhysicianGlobalAssessment.MinScore or > PhysicianGlobalAssessment.MaxScore)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sri4DiagnosticCodes.PgaOutOfRange,
                "the physician global assessment must be from 0 to 3",
                root + ".pga", value: DiagnosticValues.Of(point.Pga)));
        }

        BilagChecks.Validate(point.Bilag, root + ".bilag", diagnostics);
    }

    private static void ValidateBilagPair(BilagVisit baseline, BilagVisit followUp, List<EvaluationDiagnostic> diagnostics)
    {
        var notGraded = new List<string>();
        foreach (var domain in Enum.GetValues<BilagDomain>())
        {
            var before = baseline.GradeOf(domain);
            var after = followUp.GradeOf(domain);
            if (before is not null && after is null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sri4DiagnosticCodes.BilagDomainMissing,
                    $"BILAG-2004 domain '{ActivityJson.Name(domain)}' is graded at baseline but not at follow-up; grade it at both time points",
                    "$.followUp.bilag.domains"));
            }
            else if (before is null && after is not null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sri4DiagnosticCodes.BilagDomainMissing,
                    $"BILAG-2004 domain '{ActivityJson.Name(domain)}' is graded at follow-up but not at baseline; grade it at both time points",
                    "$.baseline.bilag.domains"));
            }
            else if (before is null)
            {
                notGraded.Add(ActivityJson.Name(domain));
            }
        }

        if (notGraded.Count > 0)
        {
            diagnostics.Add(EvaluationDiagnostic.Warning(
                Sri4DiagnosticCodes.BilagDomainsNotGraded,
                $"BILAG-2004 domains graded at neither time point cannot count as a new A or B: {string.Join(", ", notGraded)}",
                "$.followUp.bilag.domains"));
        }
    }

    private static void CheckOrder(DateOnly baseline, DateOnly followUp, string path, List<EvaluationDiagnostic> diagnostics)
    {
        if (followUp < baseline)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                Sri4DiagnosticCodes.FollowUpBeforeBaseline,
                "the follow-up date precedes the baseline date",
                path, value: DiagnosticValues.WithReference(followUp, "baseline", baseline)));
        }
    }
}
