using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The result of the SLE Responder Index: whether the patient responded, each of its rules with the observed values,
/// and the rules that failed (Furie RA, Petri MA, Wallace DJ, et al. Arthritis Rheum 2009;61(9):1143-51,
/// doi:10.1002/art.24698).
/// </summary>
public sealed record Sri4Result
{
    /// <summary>Gets whether the patient is a responder: every rule in <see cref="Sri4Rule"/> is met.</summary>
    public required bool Responder { get; init; }

    /// <summary>Gets the index's name, <c>SRI-</c> and the response threshold (for example <c>SRI-4</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the SLEDAI decrease required (4 for SRI-4).</summary>
    public required int ResponseThreshold { get; init; }

    /// <summary>Gets the SLEDAI index the scores come from.</summary>
    public required SledaiIndex Index { get; init; }

    /// <summary>Gets whether the caller stated <see cref="Index"/> (<see langword="false"/>: it was inferred, see <see cref="Sri4Input.Index"/>).</summary>
    public required bool IndexStated { get; init; }

    /// <summary>Gets the SLEDAI rule: decrease from baseline ≥ <see cref="ResponseThreshold"/>.</summary>
    public required Sri4SledaiComponent Sledai { get; init; }

    /// <summary>Gets the BILAG-2004 rules: no new A, and at most one new B.</summary>
    public required Sri4BilagComponent Bilag { get; init; }

    /// <summary>Gets the physician global assessment rule: increase &lt; 0.3.</summary>
    public required Sri4PgaComponent Pga { get; init; }

    /// <summary>Gets the rules that were not met, in <see cref="Sri4Rule"/> order: they decided a non-response. Empty for a responder (all rules decided together).</summary>
    public ImmutableArray<Sri4Rule> FailedRules { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>The SLEDAI rule of the SLE Responder Index: baseline − follow-up ≥ the response threshold (Furie 2009, doi:10.1002/art.24698).</summary>
public sealed record Sri4SledaiComponent
{
    /// <summary>Gets the baseline total.</summary>
    public required int Baseline { get; init; }

    /// <summary>Gets the follow-up total.</summary>
    public required int FollowUp { get; init; }

    /// <summary>Gets baseline − follow-up (negative when activity rose).</summary>
    public required int Decrease { get; init; }

    /// <summary>Gets the decrease required (the response threshold).</summary>
    public required int RequiredDecrease { get; init; }

    /// <summary>Gets whether <see cref="Decrease"/> ≥ <see cref="RequiredDecrease"/>.</summary>
    public required bool Met { get; init; }

    /// <summary>Gets the SLEDAI-2K breakdown of the baseline visit.</summary>
    /// <value><see langword="null"/> when the baseline was given as a total.</value>
    public Sledai2kResult? BaselineBreakdown { get; init; }

    /// <summary>Gets the SLEDAI-2K breakdown of the follow-up visit.</summary>
    /// <value><see langword="null"/> when the follow-up was given as a total.</value>
    public Sledai2kResult? FollowUpBreakdown { get; init; }
}

/// <summary>
/// The BILAG-2004 rules of the SLE Responder Index: no new A and no more than one new B (Furie 2009,
/// doi:10.1002/art.24698). A new A is a domain graded A at follow-up and not A at baseline; a new B is a domain graded
/// B at follow-up and C, D or E at baseline (A to B is an improvement, not new).
/// </summary>
public sealed record Sri4BilagComponent
{
    /// <summary>Gets every domain graded at both time points, in <see cref="BilagDomain"/> order.</summary>
    public ImmutableArray<Sri4BilagDomainChange> Domains { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the domains newly graded A.</summary>
    public ImmutableArray<BilagDomain> NewA { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the domains newly graded B.</summary>
    public ImmutableArray<BilagDomain> NewB { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether no domain is newly graded A.</summary>
    public required bool NoNewA { get; init; }

    /// <summary>Gets whether at most one domain is newly graded B (fewer than 2).</summary>
    public required bool AtMostOneNewB { get; init; }
}

/// <summary>One BILAG-2004 domain at baseline and follow-up, and whether its follow-up grade is new (Furie 2009, doi:10.1002/art.24698).</summary>
public sealed record Sri4BilagDomainChange
{
    /// <summary>Gets the domain.</summary>
    public required BilagDomain Domain { get; init; }

    /// <summary>Gets the baseline grade.</summary>
    public required BilagGrade Baseline { get; init; }

    /// <summary>Gets the follow-up grade.</summary>
    public required BilagGrade FollowUp { get; init; }

    /// <summary>Gets whether the follow-up grade is a new A, a new B or neither.</summary>
    public required Sri4BilagChange Change { get; init; }
}

/// <summary>Whether a BILAG-2004 domain's follow-up grade is new in the sense of the SLE Responder Index.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sri4BilagChange>))]
public enum Sri4BilagChange
{
    /// <summary>Neither a new A nor a new B (including A to B, B to B and any improvement).</summary>
    [JsonStringEnumMemberName("not-new")]
    NotNew = 1,

    /// <summary>A at follow-up, not A at baseline.</summary>
    [JsonStringEnumMemberName("new-a")]
    NewA = 2,

    /// <summary>B at follow-up, C, D or E at baseline.</summary>
    [JsonStringEnumMemberName("new-b")]
    NewB = 3,
}

/// <summary>
/// The physician global assessment rule of the SLE Responder Index: no worsening by 0.3 or more, that is follow-up −
/// baseline &lt; 0.3 on the 0–3 scale, in decimal arithmetic (Furie 2009, doi:10.1002/art.24698).
/// </summary>
public sealed record Sri4PgaComponent
{
    /// <summary>Gets the baseline assessment.</summary>
    public required decimal Baseline { get; init; }

    /// <summary>Gets the follow-up assessment.</summary>
    public required decimal FollowUp { get; init; }

    /// <summary>Gets follow-up − baseline (negative when the assessment improved).</summary>
    public required decimal Increase { get; init; }

    /// <summary>Gets the worsening that fails the rule, 0.3: <see cref="Increase"/> must stay below it.</summary>
    public required decimal Limit { get; init; }

    /// <summary>Gets whether <see cref="Increase"/> &lt; <see cref="Limit"/>.</summary>
    public required bool Met { get; init; }
}

/// <summary>The rules of the SLE Responder Index (Furie 2009, doi:10.1002/art.24698), in the order they are reported.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sri4Rule>))]
public enum Sri4Rule
{
    /// <summary>SLEDAI decrease ≥ the response threshold (4 for SRI-4).</summary>
    [JsonStringEnumMemberName("sledai-decrease")]
    SledaiDecrease = 1,

    /// <summary>No new BILAG-2004 A domain.</summary>
    [JsonStringEnumMemberName("no-new-bilag-a")]
    NoNewBilagA = 2,

    /// <summary>No more than one new BILAG-2004 B domain.</summary>
    [JsonStringEnumMemberName("at-most-one-new-bilag-b")]
    AtMostOneNewBilagB = 3,

    /// <summary>Physician global assessment increase &lt; 0.3.</summary>
    [JsonStringEnumMemberName("no-pga-worsening")]
    NoPgaWorsening = 4,
}
