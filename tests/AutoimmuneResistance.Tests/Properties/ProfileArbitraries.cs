using System.Collections.Immutable;
using AutoimmuneResistance.Lupus.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>A generated profile that the JSON contract can write and read (<see cref="ProfileShape.Wire"/>); prints as its JSON.</summary>
public sealed record ProfileSample(PatientProfile Profile)
{
    public override string ToString() => Generators.Describe(Profile);
}

/// <summary>
/// A generated profile of any shape a caller can build in C# (<see cref="ProfileShape.Anything"/>, so possibly with
/// unspecified identifiers and quantities); prints as its JSON where it has one.
/// </summary>
public sealed record AnyProfileSample(PatientProfile Profile)
{
    public override string ToString() => Generators.Describe(Profile);
}

/// <summary>Zero to six wire profiles, to be written as JSON lines; prints one profile's JSON per line.</summary>
public sealed record ProfileBatch(ImmutableArray<PatientProfile> Profiles)
{
    public override string ToString() => Lines(Profiles);

    internal static string Lines(ImmutableArray<PatientProfile> profiles) =>
        $"{profiles.Length} profiles:\n" + string.Join("\n", profiles.Select(Generators.Describe));
}

/// <summary>Zero to twelve wire profiles, a cohort for the sequential and parallel evaluations; prints one profile's JSON per line.</summary>
public sealed record CohortSample(ImmutableArray<PatientProfile> Profiles)
{
    public override string ToString() => ProfileBatch.Lines(Profiles);
}

/// <summary>Zero to eight wire profiles, a smaller cohort for the async evaluation; prints one profile's JSON per line.</summary>
public sealed record SmallCohortSample(ImmutableArray<PatientProfile> Profiles)
{
    public override string ToString() => ProfileBatch.Lines(Profiles);
}

/// <summary>The JSON of a generated wire profile after random structural mutations (<see cref="JsonMutator"/>); prints as that JSON.</summary>
public sealed record MutatedProfileJson(string Json)
{
    public override string ToString() => Json;
}

/// <summary>
/// The JSON of a profile holding only one to three generated therapy courses, after random structural mutations, so
/// that every mutation lands in a course; prints as that JSON.
/// </summary>
public sealed record MutatedTherapyListJson(string Json)
{
    public override string ToString() => Json;
}

/// <summary>A generated wire profile and one place in it where a null can be injected; prints the place's path and the profile.</summary>
public sealed record NullInjection(PatientProfile Profile, NullInjectionPropertyTests.Place Place)
{
    public override string ToString() => $"null at {Place.Path} of {Generators.Describe(Profile)}";
}

/// <summary>
/// The arbitraries of the profile properties: patient profiles from <see cref="Generators"/> in each shape a property
/// needs (wire or anything, alone or in batches and cohorts of a given size, mutated as JSON, with a null to inject),
/// each wrapped in its own record so that a property's parameter type selects it. None shrinks: the profile
/// generators have no shrinker, and a counterexample prints as replayable JSON instead.
/// </summary>
internal static class ProfileArbitraries
{
    public static Arbitrary<ProfileSample> WireProfiles() =>
        Generators.Profiles(ProfileShape.Wire).Select(p => new ProfileSample(p)).ToArbitrary();

    public static Arbitrary<AnyProfileSample> AnyProfiles() =>
        Generators.Profiles(ProfileShape.Anything).Select(p => new AnyProfileSample(p)).ToArbitrary();

    public static Arbitrary<ProfileBatch> Batches() =>
        Generators.Many(Generators.Profiles(ProfileShape.Wire), 6).Select(p => new ProfileBatch(p)).ToArbitrary();

    public static Arbitrary<CohortSample> Cohorts() =>
        Generators.Many(Generators.Profiles(ProfileShape.Wire), 12).Select(p => new CohortSample(p)).ToArbitrary();

    public static Arbitrary<SmallCohortSample> SmallCohorts() =>
        Generators.Many(Generators.Profiles(ProfileShape.Wire), 8).Select(p => new SmallCohortSample(p)).ToArbitrary();

    public static Arbitrary<MutatedProfileJson> MutatedProfiles() =>
        (from profile in Generators.Profiles(ProfileShape.Wire)
         from mutations in JsonMutator.Mutations()
         select new MutatedProfileJson(JsonMutator.Apply(Generators.Json.Serialize(profile), mutations))).ToArbitrary();

    public static Arbitrary<MutatedTherapyListJson> MutatedTherapyLists() =>
        (from subject in Generators.SubjectIds
         from count in Gen.Choose(1, 3)
         from courses in Generators.Courses(ProfileShape.Wire).ArrayOf(count)
         from mutations in JsonMutator.Mutations()
         select new MutatedTherapyListJson(JsonMutator.Apply(Generators.Json.Serialize(new PatientProfile { Subject = subject, Therapies = [.. courses] }), mutations))).ToArbitrary();

    // Profiles without a place for a null (no list element, no reference member) are skipped, not failed.
    public static Arbitrary<NullInjection> NullInjections() =>
        (from profile in Generators.Profiles(ProfileShape.Wire)
         let places = NullInjectionPropertyTests.Places(profile)
         where places.Count > 0
         from k in Gen.Choose(0, places.Count - 1)
         select new NullInjection(profile, places[k])).ToArbitrary();
}
