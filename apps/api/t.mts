import { csvField, toCsv } from "./src/lib/csv.ts";
for (const v of ["plain","a,b",'say "hi"',"two\nlines","=HYPERLINK(1)","+30 210","@sum","-1,2",null]) console.log(JSON.stringify(v), JSON.stringify(csvField(v)));
console.log(JSON.stringify(toCsv(["a","b"],[[1,null]])));
