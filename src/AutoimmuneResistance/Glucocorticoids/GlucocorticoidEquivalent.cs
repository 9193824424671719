using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// One row of <see cref="GlucocorticoidEquivalence.Table"/>: a systemic glucocorticoid and the daily dose of it whose
/// glucocorticoid (anti-inflammatory) effect matches 5 mg of prednisone.
/// </summary>
/// <param name="Substance">The glucocorticoid, for example <see cref="TherapyId.Methylprednisolone"/>.</param>
/// <param name="EquivalentMilligrams">The milligrams of <paramref name="Substance"/> equivalent to 5 mg of prednisone, for example 4.</param>
[DebuggerDisplay("{Substance} {EquivalentMilligrams} mg")]
public sealed record GlucocorticoidEquivalent(TherapyId Substance, decimal EquivalentMilligrams);
