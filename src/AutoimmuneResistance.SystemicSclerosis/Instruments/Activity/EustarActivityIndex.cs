using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The revised EUSTAR activity index for systemic sclerosis (instrument <c>ssc.eustar-activity-index</c>): six weighted
/// items, range 0 to 10, active disease at a score ≥ 2.5.
/// </summary>
/// <remarks>
/// Source: Valentini G, Iudici M, Walker UA, et al. The European Scleroderma Trials and Research group (EUSTAR) task force
/// for the development of revised activity criteria for systemic sclerosis: derivation and validation of a
/// preliminarily revised EUSTAR activity index. Ann Rheum Dis 2017;76(1):270-6, doi:10.1136/annrheumdis-2016-209768
/// (abstract; project clinical reference section 9). Weights: Δ-skin 1.5, mRSS &gt; 18 1.5, digital ulcers 1.5, tendon
/// friction rubs 2.25, CRP &gt; 1 mg/dL 2.25, DLCO &lt; 70 % predicted 1.0. Strict operators: mRSS 18, CRP exactly 1 mg/dL
/// and DLCO exactly 70 % score 0. Not the 2001/2003 EScSG index (total skin score, ESR, complement), a different
/// instrument.
/// </remarks>
public sealed class EustarActivityIndex : ClinicalInstrument<EustarActivityInput, EustarActivityResult>
{
    /// <summary>The score at or above which the disease is active, 2.5.</summary>
    public const decimal ActiveAtLeast = 2.5m;

    /// <summary>The mRSS above which the skin item scores, 18.</summary>
    public const int MrssAbove = 18;

    /// <summary>The CRP, in mg/dL, above which the CRP item scores, 1.</summary>
    public const decimal CrpAboveMgPerDl = 1m;

    /// <summary>The DLCO, in % predicted, below which the DLCO item scores, 70.</summary>
    public const decimal DlcoBelowPercent = 70m;

    private static readonly ImmutableArray<Citation> Citations = [SscCitations.Valentini2017];

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.EustarActivityIndex,
        Title = "Revised EUSTAR activity index (2017)",
        Version = "1.0.0",
        Sources = Citations,
        Documentation = "docs/instruments/ssc.eustar-activity-index.md",
    };

    /// <summary>Returns an item's weight.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The item is not defined.</exception>
    public static decimal Weight(EustarActivityItem item) => item switch
    {
        EustarActivityItem.DeltaSkin or EustarActivityItem.MrssAbove18 or EustarActivityItem.DigitalUlcers => 1.5m,
        EustarActivityItem.TendonFrictionRubs or EustarActivityItem.CrpAbove1MgPerDl => 2.25m,
        EustarActivityItem.DlcoBelow70 => 1.0m,
        _ => throw new ArgumentOutOfRangeException(nameof(item), "The item is not one of the six items of the revised EUSTAR activity index."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(EustarActivityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        if (input.Mrss is < 0 or > ModifiedRodnanSkinScore.MaximumTotal)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ActivityMrssOutOfRange, "the mRSS must be a whole number from 0 to 51", "$.mrss", value: DiagnosticValues.Of(input.Mrss)));
        }

        if (!input.Crp.IsMassConcentration)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ActivityCrpUnitNotMass, "the C-reactive protein must be a mass concentration (mg/L or mg/dL)", "$.crp", value: input.Crp.ToString()));
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override EustarActivityResult ComputeCore(EustarActivityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var crp = input.Crp.ConvertTo(QuantityUnit.MilligramPerDeciliter).Value;
        ImmutableArray<EustarActivityItemScore> items =
        [
            Item(EustarActivityItem.DeltaSkin, input.SkinWorsenedPreviousMonth),
            Item(EustarActivityItem.MrssAbove18, input.Mrss > MrssAbove),
            Item(EustarActivityItem.DigitalUlcers, input.DigitalUlcers),
            Item(EustarActivityItem.TendonFrictionRubs, input.TendonFrictionRubs),
            Item(EustarActivityItem.CrpAbove1MgPerDl, crp > CrpAboveMgPerDl),
            Item(EustarActivityItem.DlcoBelow70, input.Dlco.Value < DlcoBelowPercent),
        ];
        var score = items.Sum(i => i.Points);
        return new EustarActivityResult
        {
            Score = score,
            Active = score >= ActiveAtLeast,
            CrpMgPerDl = crp,
            Items = items,
            Sources = Citations,
        };
    }

    private static EustarActivityItemScore Item(EustarActivityItem item, bool present) => new()
    {
        Item = item,
        Weight = Weight(item),
        Present = present,
        Points = present ? Weight(item) : 0m,
    };
}
