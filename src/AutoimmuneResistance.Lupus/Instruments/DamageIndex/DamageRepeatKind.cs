namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Whether and how a SLICC/ACR Damage Index item scores 2 instead of 1 (Gladman D, et al. Arthritis Rheum
/// 1996;39(3):363-9, doi:10.1002/art.1780390303; form as reproduced in the project's clinical reference section 2.1).
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
public enum DamageRepeatKind
{
    /// <summary>The item scores its single score only.</summary>
    None = 1,

    /// <summary>
    /// The item scores 2 when it occurred more than once ("2 if &gt; 1": cerebrovascular accident, myocardial
    /// infarction, avascular necrosis). The UNCONFIRMED separation rule
    /// (<see cref="DamageIndexDefinitions.RepeatEventMinimumSeparationMonths"/>) applies to these items.
    /// </summary>
    Episodes = 2,

    /// <summary>
    /// The item scores 2 when more than one site is affected ("2 if &gt; 1 site": significant tissue loss, bowel or organ
    /// infarction or resection, malignancy). Distinct sites need not be separated in time.
    /// </summary>
    Sites = 3,
}
