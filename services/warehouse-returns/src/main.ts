import './tracing';
import 'reflect-metadata';
import { runService } from '@aftersales/infrastructure';
import { warehouseReturnsService } from './warehouse-returns-service';

void runService(warehouseReturnsService);
