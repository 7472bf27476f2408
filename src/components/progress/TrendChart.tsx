/**
 * A result's figure over time as a small line chart: readable at 360 px because it is
 * only a line, a goal and two dates; the numbers themselves are in the text beside it.
 */
import { daysBetween } from '../../lib/riga.ts';

interface Props {
	id: string;
	label: string;
	points: readonly { date: string; y: number }[];
	/** The goal in the same unit, drawn as a dashed line. */
	goal?: number | undefined;
}

const WIDTH = 300;
const HEIGHT = 60;

export default function TrendChart({ id, label, points, goal }: Props) {
	if (points.length < 2) return null;
	const first = points[0]!.date;
	const span = Math.max(1, daysBetween(first, points.at(-1)!.date));
	const top = Math.max(goal ?? 0, ...points.map((p) => p.y)) || 1;
	const x = (date: string) => (daysBetween(first, date) / span) * WIDTH;
	const y = (value: number) => HEIGHT - 4 - (value / top) * (HEIGHT - 8);
	return (
		<svg className="trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-labelledby={id} focusable="false">
			<title id={id}>{label}</title>
			{goal !== undefined && <line className="trend-goal" x1={0} x2={WIDTH} y1={y(goal)} y2={y(goal)} vectorEffect="non-scaling-stroke" />}
			<polyline className="trend-line" points={points.map((p) => `${x(p.date).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ')} vectorEffect="non-scaling-stroke" />
		</svg>
	);
}
