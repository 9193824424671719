using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>
/// Draws values from an arbitrary the way a property run does, for the facts that check a generator reaches every case
/// its property is meant to cover (what a hand-run property used to count across its own run, which a [Property]
/// method, seeing one case at a time, cannot).
/// </summary>
internal static class GeneratorSamples
{
    // A run grows FsCheck's size from 1 to 100 over its cases; drawing each sample at a random size in that range gives
    // lists as long as the run's, with a new seed each time as the lupus properties have.
    public static T[] Draw<T>(Arbitrary<T> arbitrary, int count) =>
        Gen.Sample(Gen.Choose(1, 100).SelectMany(size => arbitrary.Generator.Resize(size)), count);
}
