namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The switches of the SLICC/ACR Damage Index where reproductions of the form disagree or a rule could not be confirmed
/// (project clinical reference sections 2.2, 15 item 1 and 17 item 6). The published default is <see cref="Default"/>
/// (<c>sle.damage-index.default</c>, version 1); tune with <c>with { ... }</c> and give the copy a new id.
/// </summary>
/// <remarks>
/// Source of the index: Gladman D, Ginzler E, Goldsmith C, et al. The development and initial validation of the
/// Systemic Lupus International Collaborating Clinics/American College of Rheumatology damage index for systemic lupus
/// erythematosus. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303. Every member is required in JSON so
/// that an inline set never silently falls back to a zero value.
/// </remarks>
public sealed record DamageIndexDefinitions : DefinitionSet
{
    /// <summary>
    /// The longest separation accepted for <see cref="RepeatEventMinimumSeparationMonths"/>, 120 months: the library's
    /// bound on input, not a published value (it only rejects implausible sets).
    /// </summary>
    public const int MaxSeparationMonths = 120;

    /// <summary>
    /// Gets the default definitions: repeat episodes must be at least 6 months apart to score 2 (UNCONFIRMED
    /// recollection of the original glossary, kept as the default pending verification), and skin ulceration counts when
    /// present for at least 6 months (<c>&gt;=</c>).
    /// </summary>
    public static DamageIndexDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.damage-index.default"),
        Version = "1",
        Title = "SLICC/ACR Damage Index (Gladman 1996): repeat episodes >= 6 months apart, skin ulceration >= 6 months",
        Sources =
        [
            new Citation(
                "Gladman D, Ginzler E, Goldsmith C, et al.",
                1996,
                "The development and initial validation of the Systemic Lupus International Collaborating Clinics/American College of Rheumatology damage index for systemic lupus erythematosus",
                "Arthritis Rheum 1996;39(3):363-9",
                "10.1002/art.1780390303"),
        ],
        RepeatEventMinimumSeparationMonths = 6,
        SkinUlcerationOperator = ComparisonOperator.GreaterThanOrEqual,
    };

    /// <summary>
    /// Gets the minimum separation, in calendar months, between two episodes of an item of
    /// <see cref="DamageRepeatKind.Episodes"/> for the item to score 2: the second point needs two episodes with
    /// <c>later &gt;= earlier + N months</c>. 0 switches the rule off (any second episode scores 2).
    /// </summary>
    /// <value>0 to <see cref="MaxSeparationMonths"/>; 6 in <see cref="Default"/>. The rule is UNCONFIRMED (clinical reference section 15 item 1).</value>
    public required int RepeatEventMinimumSeparationMonths { get; init; }

    /// <summary>
    /// Gets the operator for skin ulceration's 6 months: <see cref="ComparisonOperator.GreaterThanOrEqual"/> ("for 6
    /// months", the default) or <see cref="ComparisonOperator.GreaterThan"/> ("more than 6 months").
    /// </summary>
    public required ComparisonOperator SkinUlcerationOperator { get; init; }

    /// <summary>
    /// Gets what an item in neither the input's items nor its <see cref="DamageIndexInput.Absent"/> list means:
    /// <see cref="UnreportedItemReading.Absent"/> (the default and the form's own reading: damage is recorded where
    /// present, so an item not recorded scores 0) or <see cref="UnreportedItemReading.Unknown"/> (the result lists the
    /// items not reported and the highest total they could give, <see cref="DamageIndexResult.MaximumTotal"/>). The
    /// index (Gladman 1996) has no rule for an item nobody assessed; the second reading is for research data where a
    /// missing record must not pass for no damage.
    /// </summary>
    /// <value>
    /// <see langword="null"/> (the default, also when an inline set in JSON leaves it out) reads as
    /// <see cref="UnreportedItemReading.Absent"/>; <see cref="UnreportedUnknown"/> sets it to unknown.
    /// </value>
    public UnreportedItemReading? UnreportedItems { get; init; }

    /// <summary>
    /// Gets the default set with <see cref="UnreportedItems"/> unknown, <c>sle.damage-index.unreported-unknown</c>
    /// version 1.
    /// </summary>
    public static DamageIndexDefinitions UnreportedUnknown { get; } = Default with
    {
        Id = DefinitionSetId.Create("sle.damage-index.unreported-unknown"),
        Title = "SLICC/ACR Damage Index (Gladman 1996): repeat episodes >= 6 months apart, skin ulceration >= 6 months, items not reported listed with the highest total they could give",
        UnreportedItems = UnreportedItemReading.Unknown,
    };

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate() => [.. Problems().Select(p => $"{p.Member}: {p.Message}")];

    /// <summary>Returns every broken rule with the camelCase JSON name of the member concerned.</summary>
    internal IEnumerable<(string Member, string Message, string Value)> Problems()
    {
        if (RepeatEventMinimumSeparationMonths is < 0 or > MaxSeparationMonths)
        {
            yield return ("repeatEventMinimumSeparationMonths", $"must be between 0 and {MaxSeparationMonths} months", DiagnosticValues.Of(RepeatEventMinimumSeparationMonths));
        }

        if (SkinUlcerationOperator is not (ComparisonOperator.GreaterThanOrEqual or ComparisonOperator.GreaterThan))
        {
            yield return ("skinUlcerationOperator", "must be '>=' (for 6 months) or '>' (more than 6 months)", DiagnosticValues.Of(SkinUlcerationOperator, LupusJsonContext.Default.ComparisonOperator));
        }

        if (UnreportedItems is { } reading && !Enum.IsDefined(reading))
        {
            yield return ("unreportedItems", "must be 'absent' or 'unknown'", DiagnosticValues.Of((int)reading));
        }
    }
}
