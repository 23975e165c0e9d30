import './tracing';
import 'reflect-metadata';
import { runService } from '@aftersales/infrastructure';
import { auditService } from './audit-service';

void runService(auditService);
