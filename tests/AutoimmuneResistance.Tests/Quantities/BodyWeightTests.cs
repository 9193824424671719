using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Quantities;

[Properties(Arbitrary = [typeof(QuantityArbitraries)])]
public class BodyWeightTests
{
    [Fact]
    public void Accepts_bounds_and_rejects_just_outside()
    {
        Assert.Equal(650m, BodyWeight.Kilograms(650m).Value);
        Assert.Equal(0.001m, BodyWeight.Kilograms(0.001m).Value);

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => BodyWeight.Kilograms(0m));
        Assert.StartsWith("A body weight must be greater than 0 and at most 650 kg; got 0 kg.", zero.Message, StringComparison.Ordinal);
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => BodyWeight.Kilograms(650.001m));
        Assert.Contains("got 650.001 kg", above.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pound_bound_is_the_650_kg_equivalent()
    {
        // 650 / 0.45359237 = 1433.0026…; 1433 lb is inside, 1433.01 lb outside.
        Assert.True(BodyWeight.TryCreate(1433m, QuantityUnit.Pound, out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BodyWeight.Pounds(1433.01m));
        Assert.StartsWith("A body weight must be greater than 0 and at most 650 kg (about 1433 [lb_av]); got 1433.01 [lb_av].", ex.Message, StringComparison.Ordinal);
        Assert.Equal(BodyWeight.Kilograms(650m).ToPounds(), BodyWeight.Pounds(650m / 0.45359237m));
        Assert.True(Math.Abs(BodyWeight.Kilograms(650m).ToPounds().ToKilograms().Value - 650m) < 1e-20m);
    }

    [Fact]
    public void Pounds_to_kilograms_is_exact()
    {
        Assert.Equal(BodyWeight.Kilograms(0.45359237m), BodyWeight.Pounds(1m));
        Assert.Equal(70.30681735m, BodyWeight.Pounds(155m).ToKilograms().Value);
        Assert.Equal("155 lb", BodyWeight.Pounds(155m).ToString());
    }

    [Property(MaxTest = 200)]
    public bool Round_trip_kg_to_lb_to_kg_within_1e_minus_20(KilogramWeight kilograms)
    {
        var back = BodyWeight.Kilograms(kilograms.Value).ToPounds().ToKilograms();
        return Math.Abs(back.Value - kilograms.Value) < 1e-20m;
    }

    [Property(MaxTest = 200)]
    public bool Round_trip_lb_to_kg_to_lb_within_1e_minus_20(PoundWeight pounds)
    {
        var back = BodyWeight.Pounds(pounds.Value).ToKilograms().ToPounds();
        return Math.Abs(back.Value - pounds.Value) < 1e-20m;
    }

    [Fact]
    public void Order_and_equality_in_kilograms()
    {
        Assert.True(BodyWeight.Pounds(150m) < BodyWeight.Kilograms(70m));
        Assert.True(BodyWeight.Pounds(160m) > BodyWeight.Kilograms(70m));
        Assert.Equal(BodyWeight.Pounds(100m).GetHashCode(), BodyWeight.Kilograms(45.359237m).GetHashCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => BodyWeight.Kilograms(70m).ConvertTo(QuantityUnit.Gram));
        Assert.Throws<ArgumentOutOfRangeException>(() => BodyWeight.Create(70m, QuantityUnit.Gram));
    }
}
