using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The result of the SLE Disease Activity Score (Jesus D, Matos A, Henriques C, et al. Ann Rheum Dis 2019;78(3):365-71,
/// doi:10.1136/annrheumdis-2018-214502): the score, its activity category (Jesus 2021) and each term that contributed.
/// </summary>
public sealed record SleDasResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the score, rounded to 2 decimals (midpoint away from zero) as the calculator reports it; the categories compare this value.</summary>
    public required decimal Score { get; init; }

    /// <summary>Gets the activity category of <see cref="Score"/>.</summary>
    public required SleDasCategory Category { get; init; }

    /// <summary>Gets whether <see cref="Score"/> is above the severe-activity cut-off (&gt; 9.90 by default; Jesus 2025).</summary>
    public required bool SevereActivity { get; init; }

    /// <summary>
    /// Gets whether the visit is in SLE-DAS low disease activity (Assunção 2022): <see cref="Score"/> at most 2.48 and a
    /// prednisone-equivalent dose of at most 7.5 mg/day (the settings of <see cref="SleDasDefinitions"/>).
    /// </summary>
    /// <value>
    /// <see langword="false"/> when the score is above the cut-off (also when it is a lower bound) or the dose above the
    /// limit; <see langword="null"/> (omitted from JSON) when neither rules it out and the dose is not given or an item is
    /// not reported under the unknown reading.
    /// </value>
    public bool? LowDiseaseActivity { get; init; }

    /// <summary>Gets the constant term added to every score.</summary>
    public required decimal Intercept { get; init; }

    /// <summary>Gets the terms that contributed (non-zero), in the order of <see cref="SleDasItem"/>, each rounded to 3 decimals (the score sums the unrounded terms).</summary>
    public ImmutableArray<SleDasTerm> Terms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the items the input left out, in the paper's order, under <see cref="SleDasDefinitions.UnreportedUnknown"/>.
    /// </summary>
    /// <value><see langword="null"/> (omitted from JSON) under the default reading, where they are absent.</value>
    public ImmutableArray<SleDasItem>? NotReported { get; init; }

    /// <summary>
    /// Gets whether the score is determined: always under the default reading; under the unknown reading,
    /// <see langword="false"/> when an item is not reported. Every SLE-DAS term is zero or positive, so
    /// <see cref="Score"/> is then a lower bound and <see cref="Category"/> the lowest category the visit can be in (a
    /// score above the mild-activity cut-off is moderate or severe activity whatever the unreported items are).
    /// </summary>
    public bool Determinate { get; init; } = true;
}

/// <summary>One contributing term of an SLE-DAS score.</summary>
/// <param name="Item">The item.</param>
/// <param name="Points">The points it adds, rounded to 3 decimals.</param>
public sealed record SleDasTerm(SleDasItem Item, decimal Points);
