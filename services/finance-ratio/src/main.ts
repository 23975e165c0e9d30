import './tracing';
import 'reflect-metadata';
import { runService } from '@aftersales/infrastructure';
import { financeRatioService } from './finance-ratio-service';

void runService(financeRatioService);
