namespace AutoimmuneResistance.Tests.Quantities;

public class BoundedQuantityTests
{
    [Fact]
    public void Percentage_is_0_to_100()
    {
        Assert.Equal(0m, Percentage.FromPercent(0m).Value);
        Assert.Equal(100m, Percentage.FromPercent(100m).Value);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(100.001m));
        Assert.StartsWith("A percentage must be between 0 and 100 %; got 100.001 %.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(-0.001m));
        Assert.Equal("80 %", Percentage.FromPercent(80m).ToString());
    }

    [Fact]
    public void Percentage_from_and_to_proportion()
    {
        Assert.Equal(Percentage.FromPercent(80m), Percentage.FromProportion(0.8m));
        Assert.Equal(0.8m, Percentage.FromPercent(80m).ToProportion());
        Assert.Equal(100m, Percentage.FromProportion(1m).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromProportion(1.001m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromProportion(-0.001m));
    }

    [Fact]
    public void PercentPredicted_is_0_to_300()
    {
        Assert.Equal(300m, PercentPredicted.FromPercent(300m).Value);
        Assert.Equal(0m, PercentPredicted.FromPercent(0m).Value);
        Assert.Equal(112m, PercentPredicted.FromPercent(112m).Value);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PercentPredicted.FromPercent(300.001m));
        Assert.StartsWith("A percent-predicted value must be between 0 and 300 %; got 300.001 %.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentPredicted.FromPercent(-0.001m));
    }

    [Fact]
    public void CellCount_is_0_to_1000()
    {
        Assert.Equal(1000m, CellCount.BillionsPerLiter(1000m).Value);
        Assert.Equal(0m, CellCount.BillionsPerLiter(0m).Value);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CellCount.BillionsPerLiter(1000.001m));
        Assert.StartsWith("A cell count must be between 0 and 1000 10*9/L; got 1000.001 10*9/L.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CellCount.BillionsPerLiter(-0.001m));
        Assert.Equal("4.2 ×10⁹/L", CellCount.BillionsPerLiter(4.20m).ToString());
    }

    [Fact]
    public void Single_unit_types_reject_other_units()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CellCount.Create(5m, QuantityUnit.Percent));
        Assert.Equal("unit", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Create(5m, QuantityUnit.BillionPerLiter));
        Assert.False(PercentPredicted.TryCreate(5m, (QuantityUnit)0, out _));
    }

    [Fact]
    public void Order_and_conversion_to_Quantity()
    {
        Assert.True(Percentage.FromPercent(79.9m) < Percentage.FromPercent(80m));
        Assert.True(PercentPredicted.FromPercent(70m) <= PercentPredicted.FromPercent(70.0m));
        Assert.True(CellCount.BillionsPerLiter(1.5m) > CellCount.BillionsPerLiter(1m));
        Assert.Equal(Quantity.Create(80m, QuantityUnit.Percent), (Quantity)Percentage.FromPercent(80m));
        Assert.Equal(Quantity.Create(4m, QuantityUnit.BillionPerLiter), (Quantity)CellCount.BillionsPerLiter(4m));
        Assert.Equal(Percentage.FromPercent(0m), default);
    }
}
