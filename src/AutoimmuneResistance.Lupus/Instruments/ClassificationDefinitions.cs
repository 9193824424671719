using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// What the lupus classification instruments (<c>sle.eular-acr-2019-classification</c> and
/// <c>sle.slicc-2012-classification</c>) read into a criterion that the input neither lists as met, as explained by
/// another cause, nor as absent.
/// </summary>
/// <remarks>
/// <para>
/// Neither publication (Aringer M et al. Ann Rheum Dis 2019;78(9):1151-9, doi:10.1136/annrheumdis-2018-214819; Petri M
/// et al. Arthritis Rheum 2012;64(8):2677-86, doi:10.1002/art.34473) has a rule for a criterion nobody assessed: the
/// criteria are checklists of what was observed. Calculators differ: some count an unticked criterion as absent, some
/// refuse to classify an incomplete record. Both readings are here as definition sets.
/// </para>
/// <para>
/// <see cref="Default"/> (<c>sle.classification.unreported-absent</c>) keeps the library's original reading, stated:
/// a criterion not reported is absent, so a record is classified or not on what it lists.
/// <see cref="UnreportedUnknown"/> (<c>sle.classification.unreported-unknown</c>) lists the criteria not reported
/// (nor the ANA entry criterion, for the 2019 criteria) and marks the result undetermined when they could change it:
/// when the record is not classified on what it lists but would be if the unreported criteria were present, or (for
/// the 2012 SLICC criteria, where haemolytic anaemia stops a direct Coombs test from counting) the other way round.
/// </para>
/// </remarks>
public sealed record ClassificationDefinitions : DefinitionSet
{
    private static readonly Citation[] Publications =
    [
        new(
            "Aringer M, Costenbader K, Daikh D, et al.",
            2019,
            "2019 European League Against Rheumatism/American College of Rheumatology classification criteria for systemic lupus erythematosus",
            "Ann Rheum Dis 2019;78(9):1151-9",
            "10.1136/annrheumdis-2018-214819"),
        new(
            "Petri M, Orbai AM, Alarcón GS, et al.",
            2012,
            "Derivation and validation of the Systemic Lupus International Collaborating Clinics classification criteria for systemic lupus erythematosus",
            "Arthritis Rheum 2012;64(8):2677-86",
            "10.1002/art.34473"),
    ];

    /// <summary>Gets the default set, <c>sle.classification.unreported-absent</c> version 1: a criterion not reported is absent.</summary>
    public static ClassificationDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.classification.unreported-absent"),
        Version = "1.0.0",
        Title = "Lupus classification criteria: a criterion not reported is absent",
        Sources = [.. Publications],
        UnreportedCriteria = UnreportedItemReading.Absent,
    };

    /// <summary>
    /// Gets the set in which criteria not reported are listed and make the result undetermined when they could change
    /// it, <c>sle.classification.unreported-unknown</c> version 1.
    /// </summary>
    public static ClassificationDefinitions UnreportedUnknown { get; } = Default with
    {
        Id = DefinitionSetId.Create("sle.classification.unreported-unknown"),
        Title = "Lupus classification criteria: criteria not reported are listed, and the result is undetermined when they could change it",
        UnreportedCriteria = UnreportedItemReading.Unknown,
    };

    /// <summary>Gets what a criterion that the input does not report means.</summary>
    public required UnreportedItemReading UnreportedCriteria { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate() =>
        Enum.IsDefined(UnreportedCriteria)
            ? []
            : [$"{nameof(UnreportedCriteria)} must be {nameof(UnreportedItemReading.Absent)} or {nameof(UnreportedItemReading.Unknown)}"];
}

/// <summary>
/// What an item (a classification criterion, a damage item) that the input does not report means: see
/// <see cref="ClassificationDefinitions"/> and <see cref="DamageIndexDefinitions.UnreportedItems"/>.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<UnreportedItemReading>))]
public enum UnreportedItemReading
{
    /// <summary>Absent: the record is scored or classified on the items it lists (the original reading).</summary>
    [JsonStringEnumMemberName("absent")]
    Absent = 1,

    /// <summary>
    /// Unknown: items not listed as met (or present), explained by another cause or absent are listed as not reported,
    /// and the result is not determinate when they could change it.
    /// </summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 2,
}
