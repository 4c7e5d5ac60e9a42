/**
 * Apache ECharts, only what the home page draws: bars on a grid, a legend, the aria module (a
 * description for screen readers and decal patterns, so no figure depends on colour alone), and
 * the canvas renderer, which adds no inline styles or scripts for the CSP to refuse. Imported
 * lazily, so only pages with a chart load it.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { echarts };
