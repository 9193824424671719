using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The 17 body sites of the modified Rodnan skin score (Khanna D, et al. J Scleroderma Relat Disord 2017;2(1):11-18,
/// doi:10.5301/jsrd.5000231; project clinical reference section 7): face, anterior chest, abdomen, and right and left
/// fingers, dorsum of hand, forearm, upper arm, thigh, lower leg and dorsum of foot.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<MrssSite>))]
public enum MrssSite
{
    /// <summary>Face.</summary>
    [JsonStringEnumMemberName("face")]
    Face = 1,

    /// <summary>Anterior chest.</summary>
    [JsonStringEnumMemberName("anterior-chest")]
    AnteriorChest = 2,

    /// <summary>Abdomen.</summary>
    [JsonStringEnumMemberName("abdomen")]
    Abdomen = 3,

    /// <summary>Right fingers.</summary>
    [JsonStringEnumMemberName("right-fingers")]
    RightFingers = 4,

    /// <summary>Right dorsum of the hand.</summary>
    [JsonStringEnumMemberName("right-dorsum-of-hand")]
    RightDorsumOfHand = 5,

    /// <summary>Right forearm.</summary>
    [JsonStringEnumMemberName("right-forearm")]
    RightForearm = 6,

    /// <summary>Right upper arm.</summary>
    [JsonStringEnumMemberName("right-upper-arm")]
    RightUpperArm = 7,

    /// <summary>Right thigh.</summary>
    [JsonStringEnumMemberName("right-thigh")]
    RightThigh = 8,

    /// <summary>Right lower leg.</summary>
    [JsonStringEnumMemberName("right-lower-leg")]
    RightLowerLeg = 9,

    /// <summary>Right dorsum of the foot.</summary>
    [JsonStringEnumMemberName("right-dorsum-of-foot")]
    RightDorsumOfFoot = 10,

    /// <summary>Left fingers.</summary>
    [JsonStringEnumMemberName("left-fingers")]
    LeftFingers = 11,

    /// <summary>Left dorsum of the hand.</summary>
    [JsonStringEnumMemberName("left-dorsum-of-hand")]
    LeftDorsumOfHand = 12,

    /// <summary>Left forearm.</summary>
    [JsonStringEnumMemberName("left-forearm")]
    LeftForearm = 13,

    /// <summary>Left upper arm.</summary>
    [JsonStringEnumMemberName("left-upper-arm")]
    LeftUpperArm = 14,

    /// <summary>Left thigh.</summary>
    [JsonStringEnumMemberName("left-thigh")]
    LeftThigh = 15,

    /// <summary>Left lower leg.</summary>
    [JsonStringEnumMemberName("left-lower-leg")]
    LeftLowerLeg = 16,

    /// <summary>Left dorsum of the foot.</summary>
    [JsonStringEnumMemberName("left-dorsum-of-foot")]
    LeftDorsumOfFoot = 17,
}
