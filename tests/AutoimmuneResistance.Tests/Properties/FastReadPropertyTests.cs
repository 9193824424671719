using System.Text;
using AutoimmuneResistance.Lupus.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>
/// The hand-written read and the source-generated contract agree: on every generated profile, and on the same documents
/// after random structural mutations (deleted, renamed, retyped, duplicated, nested or copied values), ReadProfile gives
/// the same profile (the same JSON when written back) or the same diagnostics (code, path and message) as the contract
/// alone; a third property mutates documents of therapy courses alone. The mutator is the lupus tests' own, linked into
/// this project.
/// </summary>
public sealed class FastReadPropertyTests
{
    private static readonly ResistanceJson Json = Generators.Json;

    private static readonly ProfileFastReader Fast = new(Json.Options, recordedScoreRegistered: true);

    [Fact]
    public void The_fast_read_gives_what_the_contract_gives_for_every_generated_profile() =>
        Prop.ForAll(Generators.Samples(ProfileShape.Wire), sample =>
        {
            var bytes = Json.SerializeToUtf8Bytes(sample.Profile);

            // What the contract writes, the fast path reads itself (it declines only what it must).
            Assert.True(Fast.TryRead(bytes, out _, out _));
            Assert.Equal(Describe(Json.ReadProfileWithContract(bytes)), Describe(Json.ReadProfile(bytes)));
        }).Check(PropertyConfig.Runs(300));

    [Fact]
    public void The_fast_read_gives_what_the_contract_gives_for_every_mutated_profile() =>
        Prop.ForAll(
            (from profile in Generators.Profiles(ProfileShape.Wire)
             from mutations in JsonMutator.Mutations()
             select JsonMutator.Apply(Json.Serialize(profile), mutations)).ToArbitrary(),
            json =>
            {
                var bytes = Encoding.UTF8.GetBytes(json);

                Assert.True(
                    Describe(Json.ReadProfileWithContract(bytes)) == Describe(Json.ReadProfile(bytes)),
                    $"the fast read and the contract disagree on\n{json}\ncontract: {Describe(Json.ReadProfileWithContract(bytes))}\nfast: {Describe(Json.ReadProfile(bytes))}");
            }).Check(PropertyConfig.Runs(1000));

    // The same on documents that hold only therapy courses (with their regimens, dose changes and administrations), so
    // that every mutation lands in a course.
    [Fact]
    public void The_fast_read_gives_what_the_contract_gives_for_every_mutated_therapy_list() =>
        Prop.ForAll(
            (from subject in Generators.SubjectIds
             from count in Gen.Choose(1, 3)
             from courses in Generators.Courses(ProfileShape.Wire).ArrayOf(count)
             from mutations in JsonMutator.Mutations()
             select JsonMutator.Apply(Json.Serialize(new PatientProfile { Subject = subject, Therapies = [.. courses] }), mutations)).ToArbitrary(),
            json =>
            {
                var bytes = Encoding.UTF8.GetBytes(json);

                Assert.True(
                    Describe(Json.ReadProfileWithContract(bytes)) == Describe(Json.ReadProfile(bytes)),
                    $"the fast read and the contract disagree on\n{json}\ncontract: {Describe(Json.ReadProfileWithContract(bytes))}\nfast: {Describe(Json.ReadProfile(bytes))}");
            }).Check(PropertyConfig.Runs(1000));

    private static string Describe(ProfileReadResult result) =>
        result.Profile is { } profile
            ? "profile " + Json.Serialize(profile)
            : string.Join("\n", result.Diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Path}: {d.Message}"));
}
