using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Quantities;

[Properties(Arbitrary = [typeof(QuantityArbitraries)])]
public class TemperatureTests
{
    [Theory]
    [InlineData("25", QuantityUnit.DegreeCelsius)]
    [InlineData("45", QuantityUnit.DegreeCelsius)]
    [InlineData("77", QuantityUnit.DegreeFahrenheit)]
    [InlineData("113", QuantityUnit.DegreeFahrenheit)]
    public void Accepts_both_bounds(string value, QuantityUnit unit) =>
        Assert.True(Temperature.TryCreate(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, out _));

    [Theory]
    [InlineData("24.99", QuantityUnit.DegreeCelsius, "A body temperature must be between 25 and 45 Cel; got 24.99 Cel.")]
    [InlineData("45.01", QuantityUnit.DegreeCelsius, "A body temperature must be between 25 and 45 Cel; got 45.01 Cel.")]
    [InlineData("76.99", QuantityUnit.DegreeFahrenheit, "A body temperature must be between 77 and 113 [degF] (25 to 45 Cel); got 76.99 [degF].")]
    [InlineData("113.01", QuantityUnit.DegreeFahrenheit, "A body temperature must be between 77 and 113 [degF] (25 to 45 Cel); got 113.01 [degF].")]
    [InlineData("98.6", QuantityUnit.DegreeCelsius, "A body temperature must be between 25 and 45 Cel; got 98.6 Cel.")]
    public void Rejects_just_outside(string value, QuantityUnit unit, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Temperature.Create(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Converts_between_scales()
    {
        Assert.Equal(98.6m, Temperature.Celsius(37m).ToFahrenheit().Value);
        Assert.Equal(38.5m, Temperature.Fahrenheit(101.3m).ToCelsius().Value);
        Assert.Equal(Temperature.Celsius(37m), Temperature.Fahrenheit(98.6m));
        Assert.True(Temperature.Fahrenheit(100m) > Temperature.Celsius(37.7m));
        Assert.Equal("38.2 °C", Temperature.Celsius(38.20m).ToString());
        Assert.Equal(QuantityUnit.DegreeCelsius, default(Temperature).Unit);
        Assert.Throws<ArgumentOutOfRangeException>(() => Temperature.Celsius(37m).ConvertTo(QuantityUnit.Kilogram));
    }

    [Property(MaxTest = 200)]
    public bool Round_trip_celsius_to_fahrenheit_to_celsius_is_exact(CelsiusReading celsius) =>
        Temperature.Celsius(celsius.Value).ToFahrenheit().ToCelsius().Value == celsius.Value;

    [Property(MaxTest = 200)]
    public bool Round_trip_fahrenheit_to_celsius_to_fahrenheit_within_1e_minus_20(FahrenheitReading fahrenheit) =>
        Math.Abs(Temperature.Fahrenheit(fahrenheit.Value).ToCelsius().ToFahrenheit().Value - fahrenheit.Value) < 1e-20m;
}
