using System.Text;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>
/// The hand-written read and the source-generated contract agree: on every generated profile, and on the same documents
/// after random structural mutations (deleted, renamed, retyped, duplicated, nested or copied values), ReadProfile gives
/// the same profile (the same JSON when written back) or the same diagnostics (code, path and message) as the contract
/// alone; a third property mutates documents of therapy courses alone. The mutator is the lupus tests' own, linked into
/// this project.
/// </summary>
[Properties(Arbitrary = [typeof(ProfileArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class FastReadPropertyTests
{
    private static readonly ResistanceJson Json = Generators.Json;

    private static readonly ProfileFastReader Fast = new(Json.Options, recordedScoreRegistered: true);

    [Property(MaxTest = 300)]
    public void The_fast_read_gives_what_the_contract_gives_for_every_generated_profile(ProfileSample sample)
    {
        var bytes = Json.SerializeToUtf8Bytes(sample.Profile);

        // What the contract writes, the fast path reads itself (it declines only what it must).
        Assert.True(Fast.TryRead(bytes, out _, out _));
        Assert.Equal(Describe(Json.ReadProfileWithContract(bytes)), Describe(Json.ReadProfile(bytes)));
    }

    [Property(MaxTest = 1000)]
    public void The_fast_read_gives_what_the_contract_gives_for_every_mutated_profile(MutatedProfileJson document)
    {
        var json = document.Json;
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(
            Describe(Json.ReadProfileWithContract(bytes)) == Describe(Json.ReadProfile(bytes)),
            $"the fast read and the contract disagree on\n{json}\ncontract: {Describe(Json.ReadProfileWithContract(bytes))}\nfast: {Describe(Json.ReadProfile(bytes))}");
    }

    // The same on documents that hold only therapy courses (with their regimens, dose changes and administrations), so
    // that every mutation lands in a course.
    [Property(MaxTest = 1000)]
    public void The_fast_read_gives_what_the_contract_gives_for_every_mutated_therapy_list(MutatedTherapyListJson document)
    {
        var json = document.Json;
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(
            Describe(Json.ReadProfileWithContract(bytes)) == Describe(Json.ReadProfile(bytes)),
            $"the fast read and the contract disagree on\n{json}\ncontract: {Describe(Json.ReadProfileWithContract(bytes))}\nfast: {Describe(Json.ReadProfile(bytes))}");
    }

    private static string Describe(ProfileReadResult result) =>
        result.Profile is { } profile
            ? "profile " + Json.Serialize(profile)
            : string.Join("\n", result.Diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Path}: {d.Message}"));
}
