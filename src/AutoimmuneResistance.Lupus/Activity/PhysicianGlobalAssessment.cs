namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A physician (evaluator) global assessment of lupus activity on the 0–3 visual analogue scale of SELENA-SLEDAI
/// (JSON kind <c>sle.physician-global-assessment</c>), as used by SRI-4, LLDAS and DORIS remission.
/// </summary>
/// <remarks>
/// The 0–3 scale is the one named by the LLDAS (Franklyn K et al. Ann Rheum Dis 2016;75(9):1615-21) and DORIS 2021
/// (van Vollenhoven RF et al. Lupus Sci Med 2021;8:e000538, doi:10.1136/lupus-2021-000538) definitions.
/// </remarks>
public sealed record PhysicianGlobalAssessment : InstrumentAssessment
{
    /// <summary>The lowest score, 0 (no activity).</summary>
    public const decimal MinScore = 0m;

    /// <summary>The highest score, 3 (severe activity).</summary>
    public const decimal MaxScore = 3m;

    /// <summary>Gets the score, 0 to 3; module validation rejects other values.</summary>
    public required decimal Score { get; init; }
}
