using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The input of the SLE Responder Index (instrument id <c>sle.sri-4</c>): a baseline and a follow-up assessment, each
/// with a SLEDAI score, a physician global assessment and BILAG-2004 domain grades, plus the response threshold and
/// the SLEDAI index the scores come from.
/// </summary>
/// <remarks>
/// Source: Furie RA, Petri MA, Wallace DJ, et al. Novel evidence-based systemic lupus erythematosus responder index.
/// Arthritis Rheum 2009;61(9):1143-51, doi:10.1002/art.24698. The rules are on <see cref="Sri4Instrument"/>.
/// </remarks>
public sealed record Sri4Input
{
    /// <summary>Gets the baseline assessment.</summary>
    public required Sri4TimePoint Baseline { get; init; }

    /// <summary>Gets the follow-up assessment; it may not precede the baseline.</summary>
    public required Sri4TimePoint FollowUp { get; init; }

    /// <summary>
    /// Gets the SLEDAI decrease required for response: 4 for SRI-4; 5 to 8 give SRI-5 to SRI-8, the same rule with a
    /// higher threshold (a naming convention in wide use, not confirmed in a primary source).
    /// </summary>
    /// <value><see langword="null"/> for 4 (SRI-4); otherwise 4 to 8.</value>
    public int? ResponseThreshold { get; init; }

    /// <summary>
    /// Gets the SLEDAI index the scores come from. Furie 2009 used SELENA-SLEDAI; later trials report SRI(4) computed
    /// with SLEDAI-2K. A time point given as a <see cref="Sledai2kVisit"/> is scored with SLEDAI-2K, so it may not be
    /// combined with <see cref="SledaiIndex.SelenaSledai"/>.
    /// </summary>
    /// <value>
    /// <see langword="null"/> when not stated: SLEDAI-2K when either time point is a <see cref="Sledai2kVisit"/>,
    /// otherwise SELENA-SLEDAI (the index of Furie 2009). The result records whether it was stated.
    /// </value>
    public SledaiIndex? Index { get; init; }
}

/// <summary>
/// One SLE Responder Index time point: a SLEDAI score (a total, or a SLEDAI-2K visit to score), the physician global
/// assessment (0–3) and BILAG-2004 grades (Furie RA et al. Arthritis Rheum 2009;61(9):1143-51, doi:10.1002/art.24698).
/// </summary>
public sealed record Sri4TimePoint
{
    /// <summary>Gets the date of the assessment.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the SLEDAI total of the index named by <see cref="Sri4Input.Index"/>, 0 to 105.</summary>
    /// <value><see langword="null"/> when <see cref="Sledai2k"/> is given instead (exactly one of the two is required).</value>
    public int? SledaiTotal { get; init; }

    /// <summary>Gets the SLEDAI-2K visit to score with <see cref="Sledai2kInstrument"/>.</summary>
    /// <value><see langword="null"/> when <see cref="SledaiTotal"/> is given instead (exactly one of the two is required).</value>
    public Sledai2kVisit? Sledai2k { get; init; }

    /// <summary>Gets the physician global assessment on the 0–3 scale of SELENA-SLEDAI.</summary>
    /// <value>0 to 3.</value>
    public required decimal Pga { get; init; }

    /// <summary>Gets the BILAG-2004 grades; a domain graded at one time point must be graded at the other.</summary>
    public required BilagVisit Bilag { get; init; }
}

/// <summary>The SLEDAI index a score comes from; the SLE Responder Index was derived with SELENA-SLEDAI.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SledaiIndex>))]
public enum SledaiIndex
{
    /// <summary>
    /// The SELENA version of SLEDAI (the Safety of Estrogens in Lupus Erythematosus: National Assessment trial), used by
    /// Furie RA et al. Arthritis Rheum 2009;61(9):1143-51 (doi:10.1002/art.24698).
    /// </summary>
    [JsonStringEnumMemberName("selena-sledai")]
    SelenaSledai = 1,

    /// <summary>SLEDAI-2K (Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91, PMID 11838846).</summary>
    [JsonStringEnumMemberName("sledai-2k")]
    Sledai2k = 2,
}
