import * as echarts from 'echarts';
import ExcelJS from 'exceljs';
import pdfmake from 'pdfmake';

const wb = new ExcelJS.Workbook();
wb.addWorksheet('a').addRow([1, 'x']);
const buf = await wb.xlsx.writeBuffer();
console.log('xlsx', buf.byteLength);
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
chart.setOption({ xAxis: { data: ['a', 'b'] }, yAxis: {}, series: [{ type: 'bar', data: [1, 2] }] });
console.log('svg', chart.renderToSVGString().length);
console.log(Object.keys(pdfmake));
