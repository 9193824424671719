using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>How a recorded SLICC/ACR Damage Index item was scored (Gladman D, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DamageItemStatus>))]
public enum DamageItemStatus
{
    /// <summary>Scored its single score (1, or 3 for end-stage renal disease).</summary>
    [JsonStringEnumMemberName("scored")]
    Scored = 1,

    /// <summary>Scored 2 for more than one episode or site.</summary>
    [JsonStringEnumMemberName("scored-repeat")]
    ScoredRepeat = 2,

    /// <summary>
    /// Scored 1 although more than one episode was recorded: the episodes are closer together than the separation rule
    /// requires, or undated while the rule is on.
    /// </summary>
    [JsonStringEnumMemberName("repeat-not-counted")]
    RepeatNotCounted = 3,

    /// <summary>Not scored (0): present for less than its persistence requirement; not damage yet.</summary>
    [JsonStringEnumMemberName("not-yet-persistent")]
    NotYetPersistent = 4,

    /// <summary>Not scored (0): began before SLE onset.</summary>
    [JsonStringEnumMemberName("before-sle-onset")]
    BeforeSleOnset = 5,

    /// <summary>Not scored (0): a renal item replaced by end-stage renal disease, which scores 3 for the whole renal system.</summary>
    [JsonStringEnumMemberName("replaced-by-end-stage-renal-disease")]
    ReplacedByEndStageRenalDisease = 6,
}
