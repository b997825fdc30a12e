using GraphQL.Types;
using KhmerRougeHistory.Api.Graph.Scalars;

namespace KhmerRougeHistory.Api.Dates;

public sealed class DateValueGraphType : ObjectGraphType<HistoricalDate>
{
    public DateValueGraphType()
    {
        Name = "DateValue";
        Description = "A historical date as a source states it (a day, a month, a year, a decade, a range), with the earliest and latest days it can mean.";
        Field(d => d.Edtf).Description("The date in Extended Date/Time Format (EDTF), e.g. `1925-05-19`, `1928`, `197X`, `1979-41` (second half of 1979), `1975/1979`.");
        Field<DateType>("earliest").Description("The earliest day the date allows; null for an open start.").Resolve(c => c.Source.Earliest);
        Field<DateType>("latest").Description("The latest day the date allows; null for an open end.").Resolve(c => c.Source.Latest);
        Field<NonNullGraphType<DatePrecisionGraphType>>("precision").Description("How precise the source is: day, month, year, decade, ...").Resolve(c => c.Source.Precision);
        Field(d => d.Approximate).Description("The source gives the date as approximate.");
        Field(d => d.Uncertain).Description("The source gives the date as uncertain.");
        Field(d => d.IsInterval).Description("The date is a span (from–to), not a point.");
        Field<NonNullGraphType<StringGraphType>>("display").Description("Our rendering, e.g. \"19 May 1925\", \"the 1970s\", \"1975–1979\".").Resolve(c => DateDisplay.Format(c.Source));
    }
}
