import { arrow, bind, boundText, ellipse, rect, scene, text } from './scene-builders';

/** A busy but realistic board (the diagram-score-500 benchmark and its test): 100 labelled boxes in a grid, 100 arrows, 36 grouped icons with captions, 10 zones. */
export function busyScene(): Record<string, unknown> {
  const els: Record<string, unknown>[] = [];
  const names = ['Kafka', 'Spark', 'S3', 'Postgres', 'Redis', 'Airflow', 'Snowflake', 'dbt', 'Grafana', 'Debezium'];
  for (let z = 0; z < 10; z++) els.push(rect(`zone${z}`, z * 1000 - 20, -60, 960, 1200, { strokeStyle: 'dashed' }), text(`zt${z}`, z * 1000, -50, `Zone ${z}`));
  for (let i = 0; i < 100; i++) {
    const r = rect(`b${i}`, Math.floor(i / 10) * 1000 + (i % 2) * 400, (i % 10) * 100, 160, 60);
    els.push(r, boundText(`bt${i}`, r, `${names[i % 10]} ${i}`));
  }
  for (let i = 0; i < 100; i++) {
    const from = i;
    const to = i % 10 === 9 ? i - 9 : i + 1;
    const fx = Math.floor(from / 10) * 1000 + (from % 2) * 400 + 160;
    const tx = Math.floor(to / 10) * 1000 + (to % 2) * 400;
    els.push(arrow(`a${i}`, [fx, (from % 10) * 100 + 30], [tx, (to % 10) * 100 + 30], { startBinding: bind(`b${from}`), endBinding: i % 3 === 0 ? null : bind(`b${to}`) }));
  }
  for (let i = 0; i < 36; i++) {
    const x = Math.floor(i / 4) * 1000 + 700;
    const y = (i % 4) * 250;
    for (let p = 0; p < 4; p++) els.push(ellipse(`i${i}p${p}`, x + p * 12, y + (p % 2) * 12, 20, 20, { groupIds: [`icon${i}`] }));
    els.push(text(`ic${i}`, x - 10, y + 40, 'Prometheus'));
  }
  return scene(els);
}

