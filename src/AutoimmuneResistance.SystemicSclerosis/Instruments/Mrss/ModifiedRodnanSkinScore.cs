using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The modified Rodnan skin score (instrument <c>ssc.mrss</c>): 17 body sites, each scored 0 to 3 by palpation, total
/// 0 to 51.
/// </summary>
/// <remarks>
/// Source: Khanna D, Furst DE, Clements PJ, et al. Standardization of the modified Rodnan skin score for use in clinical
/// trials of systemic sclerosis. J Scleroderma Relat Disord 2017;2(1):11-18, doi:10.5301/jsrd.5000231 (project clinical
/// reference section 7: sites, range and maximum high confidence; the wording of grades 2 and 3 is the reference's
/// recollection and is used only in documentation). Validation: every site exactly once, whole scores 0 to 3.
/// </remarks>
public sealed class ModifiedRodnanSkinScore : ClinicalInstrument<MrssInput, MrssResult>
{
    /// <summary>The number of sites, 17.</summary>
    public const int SiteCount = 17;

    /// <summary>The highest score of one site, 3.</summary>
    public const int MaximumSiteScore = 3;

    /// <summary>The largest possible total, 17 × 3 = 51.</summary>
    public const int MaximumTotal = SiteCount * MaximumSiteScore;

    private static readonly ImmutableArray<Citation> Citations = [SscCitations.Khanna2017Mrss];

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.ModifiedRodnanSkinScore,
        Title = "Modified Rodnan skin score (mRSS)",
        Version = "1.0.0",
        Sources = Citations,
        Documentation = "docs/instruments/ssc.mrss.md",
    };

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(MrssInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        var seen = new HashSet<MrssSite>();
        for (var i = 0; i < input.Sites.Length; i++)
        {
            var entry = input.Sites[i];
            if (!Enum.IsDefined(entry.Site))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.UndefinedValue, "the site is not one of the 17 mRSS sites", $"$.sites[{i}].site", value: DiagnosticValues.Of(entry.Site, SystemicSclerosisJsonContext.Default.MrssSite)));
            }
            else if (!seen.Add(entry.Site))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.ValueRepeated, "the site is scored more than once; score each site once", $"$.sites[{i}].site", value: DiagnosticValues.Of(entry.Site, SystemicSclerosisJsonContext.Default.MrssSite)));
            }

            if (entry.Score is < 0 or > MaximumSiteScore)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.MrssScoreOutOfRange, "a site's score must be a whole number from 0 (normal) to 3 (severe)", $"$.sites[{i}].score", value: DiagnosticValues.Of(entry.Score)));
            }
        }

        foreach (var site in Enum.GetValues<MrssSite>())
        {
            if (!seen.Contains(site))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.MrssSiteMissing, "a site is not scored; the mRSS needs all 17 sites (no partial totals)", "$.sites", value: DiagnosticValues.Of(site, SystemicSclerosisJsonContext.Default.MrssSite)));
            }
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override MrssResult ComputeCore(MrssInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImmutableArray<MrssSiteScore> sites = [.. input.Sites.OrderBy(s => s.Site)];
        return new MrssResult
        {
            Total = sites.Sum(s => s.Score),
            Sites = sites,
            Sources = Citations,
        };
    }
}
